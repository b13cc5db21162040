package vn.ocophub.identity.internal;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.audit.AuditTrail;

/**
 * Two filter chains. The REST API ({@code /api/**}) is stateless with HTTP Basic and answers 401/403 as
 * ProblemDetail JSON. The browser pages use form login with CSRF protection; sessions live in the database
 * (Spring Session JDBC), and the session id changes at login (fixation protection).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(AccountDetailsService details, PasswordEncoder encoder,
			AppUserRepository users, LoginAttempts attempts, AuditTrail audit) {
		return new ThrottledAuthenticationProvider(details, encoder, users, attempts, audit);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ThrottledAuthenticationProvider provider,
			MessageSource messages, LocaleResolver locales) {
		ProblemWriter problems = new ProblemWriter(messages, locales);
		http.securityMatcher("/api/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/admin-units", "/api/v1/admin-units/**", "/api/v1/criteria-sets",
					"/api/v1/criteria-sets/**", "/api/v1/rule-versions", "/api/v1/public/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/assessments/preview")
				.permitAll()
				.requestMatchers("/api/v1/users", "/api/v1/users/**")
				.hasRole("SYSTEM_ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName("OCOP Hub")
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
						ex instanceof LoginThrottledException ? "identity.login.throttled-api" : "identity.api.unauthorized")))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((req, res, e) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
						"identity.api.unauthorized"))
				.accessDeniedHandler((req, res, e) -> problems.write(req, res, HttpStatus.FORBIDDEN,
						"identity.api.forbidden")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterAfter(new org.springframework.web.filter.OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
					var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
						.getAuthentication();
					if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
						problems.write(request, response, HttpStatus.FORBIDDEN, "identity.api.password-change-required");
						return;
					}
					chain.doFilter(request, response);
				}
			}, org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ThrottledAuthenticationProvider provider) {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/verify", "/verify/**", "/ocop", "/ocop/**", "/open-data", "/open-data/**",
						"/sitemap.xml", "/robots.txt", "/map", "/map/**", "/criteria", "/criteria/**", "/error", "/error/**", "/errors/**", "/webjars/**", "/css/**",
						"/js/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("SYSTEM_ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspace").failureHandler(failure))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'")))
			.addFilterAfter(new MustChangePasswordFilter(),
					org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	LoginEvents loginEvents(LoginAttempts attempts, AuditTrail audit) {
		return new LoginEvents(attempts, audit);
	}

	/** Audits successful sign-ins and sign-outs through the browser. */
	static class LoginEvents {

		private final LoginAttempts attempts;

		private final AuditTrail audit;

		LoginEvents(LoginAttempts attempts, AuditTrail audit) {
			this.attempts = attempts;
			this.audit = audit;
		}

		@EventListener
		void loggedIn(InteractiveAuthenticationSuccessEvent event) {
			if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
				attempts.recordInteractiveLogin(user.id());
				audit.record(user.getUsername(), "LOGIN", "user", String.valueOf(user.id()), null,
						user.scope().provinceCode());
			}
		}

		@EventListener
		void loggedOut(LogoutSuccessEvent event) {
			if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
				audit.record(user.getUsername(), "LOGOUT", "user", String.valueOf(user.id()), null,
						user.scope().provinceCode());
			}
		}

	}

	/** Writes a ProblemDetail from a filter, where no controller advice reaches. */
	static final class ProblemWriter {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final MessageSource messages;

		private final LocaleResolver locales;

		ProblemWriter(MessageSource messages, LocaleResolver locales) {
			this.messages = messages;
			this.locales = locales;
		}

		void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
				throws IOException {
			java.util.Locale locale = locales.resolveLocale(request);
			java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", messages.getMessage(key, null, key, locale));
			problem.put("instance", request.getRequestURI());
			problem.put("code", key);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			if (status == HttpStatus.UNAUTHORIZED) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"OCOP Hub\"");
			}
			JSON.writeValue(response.getOutputStream(), problem);
		}

	}

}
