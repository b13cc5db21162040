package vn.ocophub.producer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.shared.importing.ImportSheet;
import vn.ocophub.shared.spreadsheet.Column;
import vn.ocophub.shared.spreadsheet.XlsxWriter;

/**
 * The producer spreadsheet: the columns of the import template (Vietnamese headers, the same in both
 * languages so that files travel between users), the template with its instructions and the list of commune
 * codes, and the export, whose extra columns the import ignores, so that an exported file can be edited and
 * imported back.
 */
public final class ProducerTemplate {

	/** The columns, in template order; fields starting with "_" are informational and ignored on import. */
	public static final List<ImportSheet.Column> COLUMNS = List.of(
			new ImportSheet.Column("registrationNumber", "Mã số ĐKKD", true),
			new ImportSheet.Column("registrationDate", "Ngày cấp ĐKKD", false),
			new ImportSheet.Column("taxCode", "Mã số thuế", false),
			new ImportSheet.Column("name", "Tên chủ thể", true),
			new ImportSheet.Column("legalType", "Loại hình", true),
			new ImportSheet.Column("communeCode", "Mã xã", true),
			new ImportSheet.Column("address", "Địa chỉ", false),
			new ImportSheet.Column("representativeName", "Người đại diện theo pháp luật", false),
			new ImportSheet.Column("representativeGender", "Giới tính người đại diện", false),
			new ImportSheet.Column("representativeMinority", "Người đại diện là người dân tộc thiểu số", false),
			new ImportSheet.Column("phone", "Điện thoại", false),
			new ImportSheet.Column("email", "Thư điện tử", false),
			new ImportSheet.Column("website", "Trang web", false),
			new ImportSheet.Column("communityCapitalShare", "Tỷ lệ vốn góp của cộng đồng (%)", false),
			new ImportSheet.Column("cooperativeRating", "Xếp loại hợp tác xã", false),
			new ImportSheet.Column("workers", "Số lao động", false),
			new ImportSheet.Column("localWorkers", "Số lao động địa phương", false),
			new ImportSheet.Column("status", "Trạng thái", false),
			new ImportSheet.Column("_communeName", "Tên xã, phường", false),
			new ImportSheet.Column("_provinceName", "Tỉnh, thành phố", false),
			new ImportSheet.Column("_updatedAt", "Cập nhật lần cuối", false));

	private static final Locale VI = Locale.forLanguageTag("vi");

	private ProducerTemplate() {
	}

	private static List<Column> sheetColumns(boolean withInfo) {
		List<Column> columns = new ArrayList<>();
		for (ImportSheet.Column c : COLUMNS) {
			if (c.field().startsWith("_") && !withInfo) {
				continue;
			}
			columns.add(switch (c.field()) {
				case "registrationDate" -> Column.date(c.header());
				case "communityCapitalShare" -> Column.decimal(c.header());
				case "workers", "localWorkers" -> Column.integer(c.header());
				default -> Column.text(c.header());
			});
		}
		return columns;
	}

	/** The template: the data sheet with one example row, the instructions, and the commune codes. */
	public static void write(OutputStream out, MessageSource messages, Communes communes) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter()) {
			// The data sheet has only its header: an example row there would be imported by whoever forgets it.
			xlsx.sheet("Chủ thể", sheetColumns(false));
			xlsx.sheet("Hướng dẫn", List.of(Column.text("Cột"), Column.text("Bắt buộc"), Column.text("Cách ghi"),
					Column.text("Ví dụ")));
			List<Object> example = values(example(), null, messages, false);
			int i = 0;
			for (ImportSheet.Column c : COLUMNS) {
				if (!c.field().startsWith("_")) {
					Object value = example.get(i++);
					xlsx.row(c.header(), c.required() ? "Có" : "", guidance(c.field(), messages),
							value instanceof LocalDate date ? date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
									: value == null ? null : value.toString());
				}
			}
			xlsx.row("Lưu ý", "", "Mỗi dòng một chủ thể. Dòng có Mã số ĐKKD đã có trong hệ thống sẽ được cập nhật. "
					+ "Không gộp ô, không để công thức chưa tính. Có thể thêm cột “STT”.");
			xlsx.sheet("Danh mục xã", List.of(Column.text("Mã xã"), Column.text("Tên xã, phường"),
					Column.text("Tỉnh, thành phố")));
			for (Communes.Commune commune : communes.all()) {
				xlsx.row(commune.code(), commune.name(), commune.provinceName());
			}
			xlsx.write(out);
		}
	}

	/** An export of producers in the template's columns plus where they are and when they changed. */
	public static void export(OutputStream out, MessageSource messages, Consumer<Consumer<ProducerView>> source)
			throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter()) {
			xlsx.sheet("Chủ thể", sheetColumns(true));
			source.accept(view -> xlsx.row(values(view.data(), view, messages, true).toArray()));
			xlsx.write(out);
		}
	}

	private static List<Object> values(ProducerData d, ProducerView view, MessageSource messages, boolean withInfo) {
		List<Object> values = new ArrayList<>(Arrays.asList(d.registrationNumber(), d.registrationDate(), d.taxCode(),
				d.name(), label(messages, "producer.legalType.", d.legalType()), d.communeCode(), d.address(),
				d.representativeName(), label(messages, "producer.representativeGender.", d.representativeGender()),
				d.representativeMinority() ? "Có" : "Không", d.phone(), d.email(), d.website(),
				d.communityCapitalShare(), label(messages, "producer.cooperativeRating.", d.cooperativeRating()),
				d.workers(), d.localWorkers(), label(messages, "producer.status.", d.status())));
		if (withInfo) {
			values.add(view.communeName());
			values.add(view.provinceName());
			values.add(view.updatedAt() == null ? null
					: view.updatedAt().toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
		}
		return values;
	}

	private static String label(MessageSource messages, String prefix, Enum<?> value) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), VI);
	}

	private static String guidance(String field, MessageSource messages) {
		return switch (field) {
			case "registrationNumber" -> "Số trên giấy chứng nhận đăng ký; dùng để nhận biết chủ thể khi nhập lại.";
			case "registrationDate" -> "Ngày dạng dd/mm/yyyy, ví dụ 15/03/2018.";
			case "taxCode" -> "10 chữ số; đơn vị phụ thuộc: 10 chữ số-3 chữ số; hộ kinh doanh: có thể là số định danh 12 chữ số.";
			case "legalType" -> "Một trong: " + choices(messages, "producer.legalType.", LegalType.values())
					+ ". Viết tắt HTX, THT, Công ty TNHH MTV, CTCP, DNTN, HKD cũng được.";
			case "communeCode" -> "Mã 5 chữ số của xã, phường đang có hiệu lực (xem trang “Danh mục xã”).";
			case "address" -> "Thôn, tổ dân phố, số nhà, đường.";
			case "representativeGender" -> "Một trong: " + choices(messages, "producer.representativeGender.", Gender.values());
			case "representativeMinority" -> "Có hoặc Không.";
			case "communityCapitalShare" -> "Số từ 0 đến 100.";
			case "cooperativeRating" -> "Chỉ với hợp tác xã. Một trong: "
					+ choices(messages, "producer.cooperativeRating.", CooperativeRating.values());
			case "workers", "localWorkers" -> "Số nguyên; lao động địa phương không lớn hơn tổng số lao động.";
			case "status" -> "Để trống là “Đang hoạt động”. Một trong: "
					+ choices(messages, "producer.status.", ProducerStatus.values());
			default -> "";
		};
	}

	private static String choices(MessageSource messages, String prefix, Enum<?>[] values) {
		return Arrays.stream(values).map(v -> label(messages, prefix, v)).collect(Collectors.joining("; "));
	}

	private static ProducerData example() {
		return new ProducerData("Hợp tác xã Cam bù Ví Dụ", LegalType.COOPERATIVE, "3000000001", LocalDate.of(2019, 5, 20),
				"3000000001", "18133", "Thôn Ví Dụ", "Nguyễn Văn Mẫu", Gender.MALE, false, "0912000000", null, null,
				BigDecimal.valueOf(100), CooperativeRating.GOOD, 25, 22, ProducerStatus.ACTIVE);
	}

}
