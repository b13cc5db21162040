package vn.ocophub.identity.web;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #viewer} ({@link Viewer}), built once per page from the security context. */
@Component
class ViewerDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "viewer";

	ViewerDialect() {
		super("OCOP Hub viewer");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName)
						? Viewer.of(SecurityContextHolder.getContext().getAuthentication()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

}
