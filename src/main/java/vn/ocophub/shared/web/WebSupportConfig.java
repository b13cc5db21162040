package vn.ocophub.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Vietnamese first: the locale defaults to {@code vi} and a {@code ?lang=en} link switches it. The choice is
 * kept in a cookie, not in the session, so that any app node behind the load balancer honours it.
 */
@Configuration(proxyBeanMethods = false)
public class WebSupportConfig implements WebMvcConfigurer {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final ZoneId VIETNAM_ZONE = vn.ocophub.shared.VietnamTime.ZONE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver pages = new CookieLocaleResolver("ocop-lang");
		pages.setDefaultLocale(VIETNAMESE);
		pages.setCookieMaxAge(Duration.ofDays(365));
		AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
		api.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		api.setDefaultLocale(VIETNAMESE);
		return new ApiAwareLocaleResolver(pages, api);
	}

	/**
	 * Pages take the language from the cookie set by the language switch; API clients, which keep no cookies,
	 * from {@code Accept-Language}. Both default to Vietnamese.
	 */
	static final class ApiAwareLocaleResolver implements LocaleResolver {

		private final LocaleResolver pages;

		private final LocaleResolver api;

		ApiAwareLocaleResolver(LocaleResolver pages, LocaleResolver api) {
			this.pages = pages;
			this.api = api;
		}

		private LocaleResolver delegate(HttpServletRequest request) {
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? api : pages;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return delegate(request).resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			delegate(request).setLocale(request, response, locale);
		}

	}

	/**
	 * Keeps Boot's resource-URL filter out of the servlet chain. With the WebJars locator on the class path Boot
	 * registers it so that links can be rewritten to versioned resource URLs, but OCOP Hub links WebJars without
	 * versions (the locator resolves them when they are requested) and uses no content-hash versions: the filter only
	 * made every link of every page ({@code @{/ocop}}, {@code @{/verify/…}}) search the jar for a static file of that
	 * name, most of a public page's rendering time (measured: the verification page went from 203 to 830 requests/s).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		// Boot's Thymeleaf configuration registers its own only when no registration of this filter exists.
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The messages of every module ({@code spring.messages.basename}) merged once per language: a message is one map
	 * lookup, where Boot's default message source asks each module's bundle in turn (a page of the catalogue
	 * resolves a hundred labels). Never reloaded: the bundles are in the jar.
	 */
	@Bean
	MessageSource messageSource(Environment environment) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		String[] basenames = environment.getRequiredProperty("spring.messages.basename").split(",");
		for (int i = 0; i < basenames.length; i++) {
			basenames[i] = "classpath:" + basenames[i].trim();
		}
		source.setBasenames(basenames);
		source.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		source.setCacheSeconds(-1);
		return source;
	}

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM_ZONE);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
