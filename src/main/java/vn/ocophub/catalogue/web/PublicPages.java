package vn.ocophub.catalogue.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Marks every page of the catalogue public: the layout then leaves out the CSRF token, whose reading would open
 * a session (and set a cookie) for every visitor of a page that posts nothing.
 */
@ControllerAdvice(basePackageClasses = PublicPages.class)
class PublicPages {

	@ModelAttribute("publicPage")
	boolean publicPage() {
		return true;
	}

	/** The site's absolute base URL for the current request (links in sitemap, open data and JSON-LD). */
	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
