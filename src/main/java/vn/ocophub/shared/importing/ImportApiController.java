package vn.ocophub.shared.importing;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Imports over HTTP Basic, run synchronously: the response is the outcome. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Import producers or products from XLSX or CSV, with a dry run")
@SecurityRequirement(name = "basicAuth")
class ImportApiController {

	private final ImportJobs jobs;

	ImportApiController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	/** The outcome as the API returns it. */
	record ImportResponse(int rowsRead, int rowsValid, int created, int updated, java.util.List<RowError> errors,
			int errorCount, boolean committed) {

		static ImportResponse of(ImportOutcome outcome) {
			return new ImportResponse(outcome.rowsRead(), outcome.rowsValid(), outcome.created(), outcome.updated(),
					outcome.errors(), outcome.errorCount(), outcome.committed());
		}

	}

	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Check (dryRun=true, default) or import (dryRun=false) a file of producers or products; "
			+ "with any row error nothing is saved and committed is false")
	ImportResponse importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, @AuthenticationPrincipal UserDetails user)
			throws IOException {
		return ImportResponse.of(jobs.runNow(kind, file.getBytes(), !dryRun, user, LocaleContextHolder.getLocale()));
	}

}
