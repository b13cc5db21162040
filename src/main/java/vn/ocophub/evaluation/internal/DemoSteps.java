package vn.ocophub.evaluation.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.SelfAssessmentManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSummary;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.jobs.OncePerDatabase;

/**
 * What the demo loaders share: loading once per database, taking a step as a demo account (so that the audit trail, history and
 * notifications name who took it), finding a demo product by its code, and filing a dossier on a new submitted
 * self-assessment, all through the services the pages use.
 */
@Component
class DemoSteps {

	private final DossierManagement dossiers;

	private final SelfAssessmentManagement assessments;

	private final ProductManagement products;

	private final CriteriaCatalogue criteria;

	private final UserDetailsService users;

	private final OncePerDatabase loads;

	DemoSteps(DossierManagement dossiers, SelfAssessmentManagement assessments, ProductManagement products,
			CriteriaCatalogue criteria, UserDetailsService users, OncePerDatabase loads) {
		this.dossiers = dossiers;
		this.assessments = assessments;
		this.products = products;
		this.criteria = criteria;
		this.users = users;
		this.loads = loads;
	}

	/**
	 * Runs a demo load once per database ({@link OncePerDatabase}), in one transaction, as the accounts its steps
	 * name, and forgets those accounts afterwards.
	 */
	void once(String name, String what, Logger log, Runnable load) {
		try {
			loads.load(name, what, log, load);
		}
		finally {
			done();
		}
	}

	/** The accounts of the load in progress: a demo load takes hundreds of steps as a dozen accounts. */
	private final Map<String, CurrentUser> signedIn = new ConcurrentHashMap<>();

	/** Runs a step as a demo account. The loader calls {@link #done()} when it has finished. */
	<T> T as(String username, Function<CurrentUser, T> step) {
		CurrentUser user = signedIn.computeIfAbsent(username, name -> (CurrentUser) users.loadUserByUsername(name));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return step.apply(user);
	}

	/** A demo product by its code; an {@link IllegalStateException} when the demo registry does not have it. */
	ProductSummary product(String code, CurrentUser user) {
		return products.search(new ProductQuery(code, null, null, null, null, null, null, null, null), new PageRequest(0, 5), user)
			.items()
			.stream()
			.filter(p -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo product " + code + " is missing"));
	}

	/**
	 * Files a draft dossier in a round, as {@code actor}, on a new self-assessment of the product submitted with
	 * the answers {@code answers} gives for its criteria set.
	 * @param form the registration form without its self-assessment
	 */
	long file(long round, String productCode, String actor, Function<CriteriaSet, Map<String, String>> answers,
			Function<ProductSummary, DossierData> form) {
		return as(actor, user -> {
			ProductSummary product = product(productCode, user);
			long assessment = assessments.start(product.id(), user);
			String set = assessments.get(assessment, user).criteriaSetCode();
			assessments.submit(assessment, 0, answers.apply(criteria.set(set)), user);
			DossierData data = form.apply(product);
			return dossiers.file(round,
					new DossierData(data.registrationType(), assessment, data.applicantName(), data.applicantTitle(),
							data.applicantPhone(), data.applicantEmail(), data.productionAddress(), data.productSummary(),
							data.currentCertificate(), data.sampleCount()),
					user);
		});
	}

	/** Forgets the accounts and clears the security context, at the end of a load. */
	void done() {
		signedIn.clear();
		SecurityContextHolder.clearContext();
	}

	/** The dossier's version as the user reads it now. */
	long version(long dossier, CurrentUser user) {
		return dossiers.get(dossier, user).version();
	}

}
