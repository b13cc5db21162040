package vn.ocophub.adminunit.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.adminunit.AdminMapImports;
import vn.ocophub.adminunit.ImportReport;
import vn.ocophub.shared.AccessScopes;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.web.Messages;

/**
 * Updating the map from an official table: upload → dry run report → apply, all or nothing. Only national
 * system administrators: the map is the same for every province.
 */
@Controller
@RequestMapping("/admin/admin-units/import")
class AdminMapImportController {

	private final AdminMapImports imports;

	private final Messages messages;

	AdminMapImportController(AdminMapImports imports, Messages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model, Authentication auth) {
		AccessScopes.requireCountry(auth);
		model.addAttribute("history", imports.history());
		model.addAttribute("maxMb", AdminMapImports.MAX_BYTES / 1024 / 1024);
		return "adminunit/import";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
			Authentication auth, RedirectAttributes redirect) throws IOException {
		AccessScopes.requireCountry(auth);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", messages.get("adminunit.import.error.empty"));
			return "redirect:/admin/admin-units/import";
		}
		if (file.getSize() > AdminMapImports.MAX_BYTES) {
			redirect.addFlashAttribute("error",
					messages.get("adminunit.import.error.too-large", AdminMapImports.MAX_BYTES / 1024 / 1024));
			return "redirect:/admin/admin-units/import";
		}
		ImportReport report = imports.check(file.getOriginalFilename(), file.getBytes(), effectiveDate, auth.getName());
		return "redirect:/admin/admin-units/import/" + report.id();
	}

	@GetMapping("/{id}")
	String report(@PathVariable long id, Model model, Authentication auth) {
		AccessScopes.requireCountry(auth);
		model.addAttribute("report", imports.find(id));
		return "adminunit/import-report";
	}

	@PostMapping("/{id}/apply")
	String apply(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		AccessScopes.requireCountry(auth);
		try {
			imports.apply(id, auth.getName());
			redirect.addFlashAttribute("success", messages.get("adminunit.import.applied"));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/admin/admin-units/import/" + id;
	}

}
