package vn.ocophub.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.error.OcopException;

/**
 * RFC 9457 ProblemDetail for every error of the REST API, with a stable {@code code} and a {@code detail} in
 * the caller's language ({@code Accept-Language}, Vietnamese by default).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

	private final Messages messages;

	ApiErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(AccessDenied.class)
	ProblemDetail accessDenied(AccessDenied ex) {
		return problem(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get("shared.error.validation"));
		body.setProperty("code", "validation");
		body.setProperty("errors", ex.problems()
			.stream()
			.map(problem -> Map.of("field", problem.field(), "message",
					messages.get(problem.messageKey(), problem.arguments())))
			.toList());
		return body;
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ProblemDetail conflict(BusinessRuleViolation ex) {
		return problem(HttpStatus.CONFLICT, ex);
	}

	/** A body that is not JSON, or not of the expected shape: said in the caller's language, never a parser trace. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get("shared.error.unreadable-body"));
		body.setProperty("code", "unreadable-body");
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get("shared.error.validation"));
		body.setProperty("code", "validation");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	private ProblemDetail problem(HttpStatus status, OcopException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, messages.of(ex));
		body.setProperty("code", ex.errorCode().code());
		return body;
	}

}
