package vn.ocophub.producer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerMoved;
import vn.ocophub.producer.ProducerRules;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.importing.ImportHandler;
import vn.ocophub.shared.importing.ImportOutcome;
import vn.ocophub.shared.importing.ImportRow;
import vn.ocophub.shared.importing.ImportRun;
import vn.ocophub.shared.importing.ImportSheet;

/**
 * Import of producers from the Vietnamese template: every row checked like the form (same rules, same
 * messages), rows matched to existing producers by registration number (an update, never a duplicate),
 * and, on commit, everything written in one transaction in batches, or nothing when any row has an error.
 */
@Component
class ProducerImport implements ImportHandler {

	private static final int BATCH = 500;

	private final ProducerStore store;

	private final ProducerManagement producers;

	private final Communes communes;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ProducerImport(ProducerStore store, ProducerManagement producers, Communes communes, AuditTrail audit,
			MessageSource messages, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.store = store;
		this.producers = producers;
		this.communes = communes;
		this.audit = audit;
		this.messages = messages;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "producers";
	}

	@Override
	public boolean allowed(UserDetails user) {
		return user instanceof CurrentUser current && producers.access(current).canRegister();
	}

	@Override
	public void writeTemplate(OutputStream out, Locale locale) throws IOException {
		ProducerTemplate.write(out, messages, communes);
	}

	@Override
	public ImportOutcome run(Path file, ImportRun run) {
		ProducerAccess access = producers.access((CurrentUser) run.user());
		ImportSheet sheet = new ImportSheet(ProducerTemplate.COLUMNS, messages, run.locale());
		return run.allOrNothing(transaction,
				() -> check(file, run, sheet, access, run.commit() ? new Writer(access.actor()) : null));
	}

	private ImportOutcome check(Path file, ImportRun run, ImportSheet sheet, ProducerAccess access, Writer writer) {
		Map<String, ProducerStore.Key> byRegistration = new HashMap<>();
		Map<String, ProducerStore.Key> byTaxCode = new HashMap<>();
		store.forEachKey(key -> {
			byRegistration.put(key.registrationNumber(), key);
			if (key.taxCode() != null) {
				byTaxCode.put(key.taxCode(), key);
			}
		});
		Map<String, Integer> registrationRows = new HashMap<>();
		Map<String, Integer> taxRows = new HashMap<>();
		int[] counts = new int[3];
		LocalDate today = LocalDate.now(clock);
		sheet.read(file, row -> {
			ProducerData data = parse(row).normalized();
			row.errors(ProducerRules.check(data, today));
			Communes.Commune commune = commune(row, data, access);
			ProducerStore.Key registered = data.registrationNumber() == null ? null
					: byRegistration.get(data.registrationNumber());
			ProducerStore.Key existing = registered;
			if (existing != null && !access.canEdit(existing.id(), existing.provinceCode(), existing.communeCode())) {
				row.error("registrationNumber", "producer.validation.registration-taken", data.registrationNumber());
				existing = null;
			}
			row.uniqueInFile("registrationNumber", data.registrationNumber(), data.registrationNumber(), registrationRows);
			if (data.taxCode() != null) {
				ProducerStore.Key holder = byTaxCode.get(data.taxCode());
				// The producer already reported under its registration number is not reported twice.
				if (holder != null && holder != registered && (existing == null || holder.id() != existing.id())) {
					row.error("taxCode", "producer.validation.tax-code-taken", data.taxCode());
				}
				row.uniqueInFile("taxCode", data.taxCode(), data.taxCode(), taxRows);
			}
			if (!row.valid()) {
				return;
			}
			counts[0]++;
			counts[existing == null ? 1 : 2]++;
			if (writer != null && sheet.errorCount() == 0) {
				writer.add(existing, data, commune);
			}
		}, run.progress());
		boolean commit = writer != null && sheet.errorCount() == 0;
		if (commit) {
			writer.flush();
		}
		return sheet.outcome(counts[0], counts[1], counts[2], commit);
	}

	private Communes.Commune commune(ImportRow row, ProducerData data, ProducerAccess access) {
		if (data.communeCode() == null || !data.communeCode().matches("\\d{5}")) {
			return null;
		}
		Communes.Lookup lookup = communes.lookup("communeCode", data.communeCode());
		if (lookup.problem() != null) {
			FieldProblem problem = lookup.problem();
			row.error(problem.field(), problem.messageKey(), problem.arguments());
			return null;
		}
		if (!access.scope().covers(lookup.commune().provinceCode(), lookup.commune().code())) {
			row.error("communeCode", "producer.validation.commune-out-of-scope", lookup.commune().name());
			return null;
		}
		return lookup.commune();
	}

	private ProducerData parse(ImportRow row) {
		return new ProducerData(row.text("name"),
				row.choice("legalType", LegalType.values(), t -> labels("producer.legalType." + t.name(), t)),
				row.code("registrationNumber"), row.date("registrationDate"), row.code("taxCode"),
				row.code("communeCode"), row.text("address"), row.text("representativeName"),
				row.choice("representativeGender", Gender.values(),
						g -> labels("producer.representativeGender." + g.name(), g)),
				Boolean.TRUE.equals(row.bool("representativeMinority")), row.text("phone"), row.text("email"),
				row.text("website"), row.percent("communityCapitalShare"),
				row.choice("cooperativeRating", CooperativeRating.values(),
						r -> labels("producer.cooperativeRating." + r.name(), r)),
				row.integer("workers"), row.integer("localWorkers"),
				row.choice("status", ProducerStatus.values(), s -> labels("producer.status." + s.name(), s)));
	}

	/** Abbreviations provinces use in their spreadsheets, accepted besides the full names. */
	private static final Map<Enum<?>, List<String>> ABBREVIATIONS = Map.of(LegalType.COOPERATIVE, List.of("HTX"),
			LegalType.COOPERATIVE_GROUP, List.of("THT"),
			LegalType.SINGLE_MEMBER_LLC, List.of("Công ty TNHH MTV", "TNHH MTV", "Công ty TNHH 1TV"),
			LegalType.MULTI_MEMBER_LLC, List.of("Công ty TNHH 2TV", "TNHH 2TV", "Công ty TNHH"),
			LegalType.JOINT_STOCK_COMPANY, List.of("CTCP", "Công ty CP"), LegalType.PRIVATE_ENTERPRISE, List.of("DNTN"),
			LegalType.HOUSEHOLD_BUSINESS, List.of("HKD", "Hộ SXKD", "Hộ sản xuất"));

	private String[] labels(String key, Enum<?> value) {
		List<String> labels = new ArrayList<>(List.of(messages.getMessage(key, null, value.name(), Locale.forLanguageTag("vi")),
				messages.getMessage(key, null, value.name(), Locale.ENGLISH), value.name()));
		labels.addAll(ABBREVIATIONS.getOrDefault(value, List.of()));
		return labels.toArray(String[]::new);
	}

	/** Writes an import's rows in batches inside the import's transaction, with their history. */
	private final class Writer {

		private final String actor;

		private final List<ProducerStore.Write> inserts = new ArrayList<>();

		private final List<ProducerStore.Write> updates = new ArrayList<>();

		Writer(String actor) {
			this.actor = actor;
		}

		void add(ProducerStore.Key existing, ProducerData data, Communes.Commune commune) {
			long id = existing == null ? 0 : existing.id();
			long version = existing == null ? 0 : existing.version();
			ProducerStore.Write write = new ProducerStore.Write(id, version, data, commune.provinceCode(),
					commune.provinceName(), commune.name());
			(existing == null ? inserts : updates).add(write);
			if (inserts.size() + updates.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			OffsetDateTime now = OffsetDateTime.now(clock);
			List<AuditTrail.RecordChanges> history = new ArrayList<>();
			if (!inserts.isEmpty()) {
				store.insertAll(inserts, actor, now);
				Map<String, Long> ids = store.idsByRegistration(
						inserts.stream().map(w -> w.data().registrationNumber()).toList());
				for (ProducerStore.Write w : inserts) {
					history.add(new AuditTrail.RecordChanges(String.valueOf(ids.get(w.data().registrationNumber())),
							w.provinceCode(), FieldChange.created(ProducerSnapshots.of(w.data(), w.communeName()))));
				}
			}
			if (!updates.isEmpty()) {
				Map<Long, ProducerRow> before = new HashMap<>();
				store.findAll(updates.stream().map(ProducerStore.Write::id).toList())
					.forEach(row -> before.put(row.id(), row));
				List<ProducerStore.Write> changed = updates.stream()
					.filter(w -> !w.data().equals(before.get(w.id()).data()))
					.toList();
				if (store.updateAll(changed, actor, now) != changed.size()) {
					throw new org.springframework.dao.OptimisticLockingFailureException(
							"A producer changed during the import");
				}
				for (ProducerStore.Write w : changed) {
					ProducerRow old = before.get(w.id());
					history.add(new AuditTrail.RecordChanges(String.valueOf(w.id()), w.provinceCode(),
							FieldChange.between(ProducerSnapshots.of(old.data(), old.communeName()),
									ProducerSnapshots.of(w.data(), w.communeName()))));
					if (!Objects.equals(old.data().name(), w.data().name())
							|| !Objects.equals(old.data().communeCode(), w.data().communeCode())) {
						events.publishEvent(new ProducerMoved(w.id(), w.data().name(), w.provinceCode(),
								w.provinceName(), w.data().communeCode(), w.communeName()));
					}
				}
			}
			audit.recordChanges("PRODUCER_IMPORTED", ProducerManagement.AUDIT_TYPE, history);
			inserts.clear();
			updates.clear();
		}

	}

}
