package vn.ocophub.identity.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocophub.identity.CurrentUser;

/**
 * Sends a user who signed in with a one-time or reset password to the password page until they choose their
 * own.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()
				&& !exempt(path)) {
			if ("true".equals(request.getHeader("HX-Request"))) {
				// A fragment the page loads by htmx (the navbar's bell): answering it with the password page would
				// put a second password form inside the navigation. Nothing (204) leaves the page as it is.
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				return;
			}
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean exempt(String path) {
		return path.startsWith("/account/password") || path.startsWith("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/error")
				|| path.startsWith("/api/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
