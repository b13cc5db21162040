package vn.ocophub.shared.web;

import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.error.OcopException;

/**
 * Turns the typed exceptions of browser pages into the error page of their status, with the localized
 * message of their code; never with an exception message or a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

	private final Messages messages;

	HtmlErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(AccessDenied.class)
	ModelAndView accessDenied(AccessDenied ex) {
		return page(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ModelAndView conflict(BusinessRuleViolation ex) {
		return page(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(InvalidInput.class)
	ModelAndView invalid(InvalidInput ex) {
		ModelAndView mav = new ModelAndView("error/error", HttpStatus.BAD_REQUEST);
		mav.addObject("status", HttpStatus.BAD_REQUEST.value());
		mav.addObject("detail", ex.problems()
			.stream()
			.map(problem -> messages.get(problem.messageKey(), problem.arguments()))
			.collect(Collectors.joining(" ")));
		return mav;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		ModelAndView mav = new ModelAndView("error/error", HttpStatus.PAYLOAD_TOO_LARGE);
		mav.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		mav.addObject("detail", messages.get("shared.error.upload-too-large"));
		return mav;
	}

	private ModelAndView page(HttpStatus status, OcopException ex) {
		ModelAndView mav = new ModelAndView("error/error", status);
		mav.addObject("status", status.value());
		mav.addObject("detail", messages.of(ex));
		return mav;
	}

}
