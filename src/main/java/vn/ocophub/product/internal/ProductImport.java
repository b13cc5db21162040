package vn.ocophub.product.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductRules;
import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.importing.ImportHandler;
import vn.ocophub.shared.importing.ImportOutcome;
import vn.ocophub.shared.importing.ImportRow;
import vn.ocophub.shared.importing.ImportRun;
import vn.ocophub.shared.importing.ImportSheet;

/**
 * Import of products from the Vietnamese template. A row names its producer by registration number or tax
 * code, among the producers the user may update (others are reported as not found, never disclosed); it
 * updates the product with the same code, or the same producer and name, and otherwise creates one with the
 * next free code. All rows are saved in one transaction, or none.
 */
@Component
class ProductImport implements ImportHandler {

	private static final int BATCH = 500;

	private static final Pattern SEQUENCED = Pattern.compile("(.+-)(\\d{1,9})");

	private final ProductStore store;

	private final ProducerManagement producers;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ProductImport(ProductStore store, ProducerManagement producers, AuditTrail audit, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.producers = producers;
		this.audit = audit;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "products";
	}

	@Override
	public boolean allowed(UserDetails user) {
		if (!(user instanceof CurrentUser current)) {
			return false;
		}
		ProducerAccess access = producers.access(current);
		return access.officer() || !access.ownProducers().isEmpty();
	}

	@Override
	public void writeTemplate(OutputStream out, Locale locale) throws IOException {
		ProductTemplate.write(out, messages);
	}

	@Override
	public ImportOutcome run(Path file, ImportRun run) {
		ProducerAccess access = producers.access((CurrentUser) run.user());
		ImportSheet sheet = new ImportSheet(ProductTemplate.COLUMNS, messages, run.locale());
		return run.allOrNothing(transaction,
				() -> check(file, run, sheet, access, run.commit() ? new Writer(access.actor()) : null));
	}

	private ImportOutcome check(Path file, ImportRun run, ImportSheet sheet, ProducerAccess access, Writer writer) {
		Map<String, ProducerView> producerByKey = new HashMap<>();
		Map<Long, ProducerView> producerById = new HashMap<>();
		for (ProducerView producer : producers.editable(access)) {
			producerById.put(producer.id(), producer);
			producerByKey.put(producer.data().registrationNumber(), producer);
			if (producer.data().taxCode() != null) {
				producerByKey.putIfAbsent(producer.data().taxCode(), producer);
			}
		}
		Map<String, ProductStore.Key> byCode = new HashMap<>();
		Map<String, ProductStore.Key> byName = new HashMap<>();
		Map<String, Integer> sequences = new HashMap<>();
		store.forEachKey(key -> {
			byCode.put(key.code(), key);
			byName.put(key.producerId() + "|" + key.nameKey(), key);
			// The highest sequence per "province-commune-" prefix, from the codes already in memory: no query per
			// commune when codes are assigned.
			Matcher code = SEQUENCED.matcher(key.code());
			if (code.matches()) {
				sequences.merge(code.group(1), Integer.parseInt(code.group(2)), Math::max);
			}
		});
		Map<String, Integer> codeRows = new HashMap<>();
		Map<String, Integer> nameRows = new HashMap<>();
		int[] counts = new int[3];
		sheet.read(file, row -> {
			String code = upper(row.code("code"));
			row.errors(ProductRules.checkCode(code));
			String producerKey = upper(row.code("producer"));
			ProducerView producer = producerKey == null ? null : producerByKey.get(producerKey.replaceAll("[\\s.]", ""));
			if (producerKey == null) {
				// Without a producer the row cannot be saved: the rules' producerId check is removed below.
				row.error("producer", "product.validation.required");
			}
			else if (producer == null) {
				row.error("producer", "product.import.producer-unknown", producerKey);
			}
			ProductData data = parse(row, producer == null ? 0 : producer.id()).normalized();
			List<vn.ocophub.shared.error.FieldProblem> problems = new ArrayList<>(ProductRules.check(data));
			problems.removeIf(p -> p.field().equals("producerId"));
			row.errors(problems);
			ProductStore.Key existing = code == null ? null : byCode.get(code);
			if (producer != null && data.name() != null) {
				String nameKey = producer.id() + "|" + VietText.searchKey(data.name());
				ProductStore.Key sameName = byName.get(nameKey);
				if (existing == null && code == null) {
					existing = sameName;
				}
				else if (sameName != null && (existing == null || sameName.id() != existing.id())) {
					row.error("name", "product.validation.name-taken", data.name());
				}
				row.uniqueInFile("name", nameKey, data.name(), nameRows);
			}
			if (existing != null && !producerById.containsKey(existing.producerId())) {
				// The product exists but belongs to a producer the user may not update.
				row.error("code", "product.validation.code-taken", code);
				existing = null;
			}
			if (code != null) {
				row.uniqueInFile("code", code, code, codeRows);
			}
			if (!row.valid()) {
				return;
			}
			counts[0]++;
			counts[existing == null ? 1 : 2]++;
			if (writer != null && sheet.errorCount() == 0) {
				String assigned = existing != null ? existing.code()
						: code != null ? code : nextCode(producer, sequences, byCode);
				writer.add(existing, assigned, data, producer);
			}
		}, run.progress());
		boolean commit = writer != null && sheet.errorCount() == 0;
		if (commit) {
			writer.flush();
		}
		return sheet.outcome(counts[0], counts[1], counts[2], commit);
	}

	private String nextCode(ProducerView producer, Map<String, Integer> sequences, Map<String, ProductStore.Key> byCode) {
		String prefix = producer.provinceCode() + "-" + producer.communeCode() + "-";
		int next = sequences.getOrDefault(prefix, 0) + 1;
		while (byCode.containsKey(prefix + String.format("%04d", next))) {
			next++;
		}
		sequences.put(prefix, next);
		return prefix + String.format("%04d", next);
	}

	private ProductData parse(ImportRow row, long producerId) {
		String setText = row.code("productSet");
		ProductSet set = null;
		if (setText != null) {
			set = ProductSet.ofCode(setText.length() > 2 ? setText.substring(0, 2).trim() : setText)
				.orElseGet(() -> java.util.Arrays.stream(ProductSet.values())
					.filter(s -> VietText.searchKey(ProductTemplate.label(messages, "product.productSet." + s.code()))
						.equals(VietText.searchKey(setText)))
					.findFirst()
					.orElse(null));
			if (set == null) {
				row.error("productSet", "product.import.set-unknown", setText);
			}
		}
		return new ProductData(row.text("name"), producerId, set, row.block("description"), row.text("brand"),
				row.text("geographicalIndication"), row.block("packaging"), row.block("labelInfo"), row.block("story"),
				row.block("usageGuide"), row.block("rawMaterialOrigin"), row.percent("localMaterialShare"),
				row.text("productionCapacity"), row.block("linkageContracts"), channels(row), row.text("exportMarkets"));
	}

	private Set<DistributionChannel> channels(ImportRow row) {
		String text = row.text("channels");
		Set<DistributionChannel> channels = EnumSet.noneOf(DistributionChannel.class);
		if (text == null) {
			return channels;
		}
		for (String part : text.split("[;\\n]")) {
			String key = VietText.searchKey(part);
			if (key.isEmpty()) {
				continue;
			}
			DistributionChannel match = null;
			for (DistributionChannel channel : DistributionChannel.values()) {
				if (key.equals(VietText.searchKey(ProductTemplate.label(messages, "product.channels." + channel.name())))
						|| key.equals(VietText.searchKey(messages.getMessage("product.channels." + channel.name(), null,
								channel.name(), Locale.ENGLISH)))
						|| key.equals(VietText.searchKey(channel.name()))) {
					match = channel;
				}
			}
			if (match == null) {
				row.error("channels", "import.error.unknown-value", part.trim(),
						java.util.Arrays.stream(DistributionChannel.values())
							.map(c -> ProductTemplate.label(messages, "product.channels." + c.name()))
							.collect(java.util.stream.Collectors.joining("; ")));
			}
			else {
				channels.add(match);
			}
		}
		return channels;
	}

	private static String upper(String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	/** Writes an import's rows in batches inside the import's transaction, with their history. */
	private final class Writer {

		private final String actor;

		private final List<ProductStore.Write> inserts = new ArrayList<>();

		private final List<ProductStore.Write> updates = new ArrayList<>();

		Writer(String actor) {
			this.actor = actor;
		}

		void add(ProductStore.Key existing, String code, ProductData data, ProducerView producer) {
			ProductStore.Write write = new ProductStore.Write(existing == null ? 0 : existing.id(),
					existing == null ? 0 : existing.version(), code, data, producer.name(), producer.provinceCode(),
					producer.provinceName(), producer.communeCode(), producer.communeName());
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
				Map<String, Long> ids = store.idsByCode(inserts.stream().map(ProductStore.Write::code).toList());
				for (ProductStore.Write w : inserts) {
					history.add(new AuditTrail.RecordChanges(String.valueOf(ids.get(w.code())), w.provinceCode(),
							FieldChange.created(ProductSnapshots.of(w.data(), w.producerName()))));
				}
			}
			if (!updates.isEmpty()) {
				Map<Long, ProductRow> before = new HashMap<>();
				store.findAll(updates.stream().map(ProductStore.Write::id).toList()).forEach(r -> before.put(r.id(), r));
				List<ProductStore.Write> changed = updates.stream()
					.filter(w -> !w.data().equals(before.get(w.id()).data()))
					.toList();
				if (store.updateAll(changed, actor, now) != changed.size()) {
					throw new org.springframework.dao.OptimisticLockingFailureException(
							"A product changed during the import");
				}
				for (ProductStore.Write w : changed) {
					ProductRow old = before.get(w.id());
					history.add(new AuditTrail.RecordChanges(String.valueOf(w.id()), w.provinceCode(),
							FieldChange.between(ProductSnapshots.of(old.data(), old.producerName()),
									ProductSnapshots.of(w.data(), w.producerName()))));
				}
			}
			audit.recordChanges("PRODUCT_IMPORTED", ProductManagement.AUDIT_TYPE, history);
			inserts.clear();
			updates.clear();
		}

	}

}
