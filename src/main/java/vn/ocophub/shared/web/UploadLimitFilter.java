package vn.ocophub.shared.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an upload that announces more bytes than the server accepts, before anything reads its body. Left
 * to the servlet container, such an upload fails while the CSRF filter reads its form fields, and the user
 * gets the container's bare English error page; here it gets OCOP Hub's own 413 page, in the user's language.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	/** Renders the "file too large" page for a request the filter stopped, whatever its method. */
	@org.springframework.stereotype.Controller
	static class TooLargeController {

		static final String PATH = "/errors/upload-too-large";

		private final Messages messages;

		TooLargeController(Messages messages) {
			this.messages = messages;
		}

		@org.springframework.web.bind.annotation.RequestMapping(PATH)
		org.springframework.web.servlet.ModelAndView tooLarge() {
			org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView(
					"error/error", HttpStatus.PAYLOAD_TOO_LARGE);
			page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
			page.addObject("detail", messages.get("shared.error.upload-too-large"));
			return page;
		}

	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimit(
			@Value("${spring.servlet.multipart.max-request-size:41MB}") DataSize limit) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String type = request.getContentType();
				if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
						&& request.getContentLengthLong() > limit.toBytes()) {
					response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
					// Forwarded as a request without a body, so that nothing tries to parse the oversized upload.
					HttpServletRequest bodiless = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
						@Override
						public String getContentType() {
							return null;
						}

						@Override
						public String getHeader(String name) {
							return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
						}

						@Override
						public String getMethod() {
							return "GET";
						}

						@Override
						public String getParameter(String name) {
							return null;
						}

						@Override
						public java.util.Map<String, String[]> getParameterMap() {
							return java.util.Map.of();
						}

						@Override
						public java.util.Enumeration<String> getParameterNames() {
							return java.util.Collections.emptyEnumeration();
						}

						@Override
						public String[] getParameterValues(String name) {
							return null;
						}
					};
					request.getRequestDispatcher(TooLargeController.PATH).forward(bodiless, response);
					return;
				}
				chain.doFilter(request, response);
			}
		});
		// Right after Spring Session's filter (so the page knows who is signed in), before Spring Security's.
		registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.setName("uploadLimitFilter");
		return registration;
	}

}
