package vn.ocophub.shared.importing;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.web.Messages;

/**
 * Import pages: upload, the dry-run report with every row's errors, the commit, and a progress bar while a
 * large file is being checked or saved (the page polls a fragment).
 */
@Controller
@RequestMapping("/imports/{kind}")
class ImportController {

	private final ImportJobs jobs;

	private final Messages messages;

	ImportController(ImportJobs jobs, Messages messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping
	String upload(@PathVariable String kind, @AuthenticationPrincipal UserDetails user, Model model) {
		checkAllowed(kind, user);
		model.addAttribute("kind", kind);
		model.addAttribute("recent", jobs.recent(kind, user));
		model.addAttribute("maxMegabytes", ImportJobs.MAX_BYTES / (1024 * 1024));
		return "importing/upload";
	}

	@PostMapping
	String submit(@PathVariable String kind, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal UserDetails user, RedirectAttributes redirect) throws IOException {
		try {
			long id = jobs.submit(kind, file.getOriginalFilename(), file.getBytes(), user,
					LocaleContextHolder.getLocale());
			return "redirect:/imports/" + kind + "/" + id;
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/imports/" + kind;
		}
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String kind) {
		ImportHandler handler = jobs.handler(kind);
		java.util.Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ocop-mau-nhap-" + kind + ".xlsx").build().toString())
			.body(out -> handler.writeTemplate(out, locale));
	}

	@GetMapping("/{id}")
	String show(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal UserDetails user, Model model) {
		ImportJob job = job(kind, id, user);
		model.addAttribute("kind", kind);
		model.addAttribute("job", job);
		model.addAttribute("errors", jobs.errors(id, user, new PageRequest(page, 100)));
		model.addAttribute("failure", failure(job));
		return "importing/job";
	}

	/** The progress fragment the job page polls while the job runs; a finished job reloads the page. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal UserDetails user,
			Model model, jakarta.servlet.http.HttpServletResponse response) {
		ImportJob job = job(kind, id, user);
		if (!job.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("kind", kind);
		model.addAttribute("job", job);
		return "importing/job :: progress";
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		try {
			jobs.commit(job(kind, id, user).id(), user);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/imports/" + kind + "/" + id;
	}

	@PostMapping("/{id}/recheck")
	String recheck(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		try {
			jobs.recheck(job(kind, id, user).id(), user);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/imports/" + kind + "/" + id;
	}

	/** The user's job, under the address of its own kind only. */
	private ImportJob job(String kind, long id, UserDetails user) {
		ImportJob job = jobs.get(id, user);
		if (!job.kind().equals(kind)) {
			throw new vn.ocophub.shared.error.NotFoundException(ImportJobs.Errors.NOT_FOUND, String.valueOf(id));
		}
		return job;
	}

	private String failure(ImportJob job) {
		return job.failureKey() == null ? null : messages.get(job.failureKey(), (Object[]) job.failureArgs());
	}

	private void checkAllowed(String kind, UserDetails user) {
		if (!jobs.handler(kind).allowed(user)) {
			throw new vn.ocophub.shared.error.AccessDenied(ImportJobs.Errors.NOT_ALLOWED);
		}
	}

}
