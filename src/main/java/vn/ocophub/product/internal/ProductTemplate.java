package vn.ocophub.product.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.importing.ImportSheet;
import vn.ocophub.shared.spreadsheet.Column;
import vn.ocophub.shared.spreadsheet.XlsxWriter;

/**
 * The product spreadsheet: template columns (Vietnamese headers), the template with instructions and the 26
 * product sets, and the export, whose extra columns the import ignores so that an export can be imported back.
 */
public final class ProductTemplate {

	/** The columns, in template order; fields starting with "_" are informational and ignored on import. */
	public static final List<ImportSheet.Column> COLUMNS = List.of(
			new ImportSheet.Column("code", "Mã sản phẩm", false),
			new ImportSheet.Column("name", "Tên sản phẩm", true),
			new ImportSheet.Column("producer", "Mã số ĐKKD của chủ thể", true),
			new ImportSheet.Column("productSet", "Bộ sản phẩm", true),
			new ImportSheet.Column("description", "Mô tả", false),
			new ImportSheet.Column("brand", "Nhãn hiệu", false),
			new ImportSheet.Column("geographicalIndication", "Chỉ dẫn địa lý / nhãn hiệu tập thể", false),
			new ImportSheet.Column("packaging", "Bao bì", false),
			new ImportSheet.Column("labelInfo", "Nhãn sản phẩm", false),
			new ImportSheet.Column("story", "Câu chuyện sản phẩm", false),
			new ImportSheet.Column("usageGuide", "Hướng dẫn sử dụng", false),
			new ImportSheet.Column("rawMaterialOrigin", "Nguồn gốc nguyên liệu", false),
			new ImportSheet.Column("localMaterialShare", "Tỷ lệ nguyên liệu địa phương (%)", false),
			new ImportSheet.Column("productionCapacity", "Năng lực sản xuất", false),
			new ImportSheet.Column("linkageContracts", "Hợp đồng liên kết", false),
			new ImportSheet.Column("channels", "Kênh phân phối", false),
			new ImportSheet.Column("exportMarkets", "Thị trường xuất khẩu", false),
			new ImportSheet.Column("_producerName", "Tên chủ thể", false),
			new ImportSheet.Column("_communeName", "Xã, phường", false),
			new ImportSheet.Column("_provinceName", "Tỉnh, thành phố", false),
			new ImportSheet.Column("_status", "Tình trạng OCOP", false),
			new ImportSheet.Column("_stars", "Hạng sao", false));

	private static final Locale VI = Locale.forLanguageTag("vi");

	private ProductTemplate() {
	}

	private static List<Column> sheetColumns(boolean withInfo) {
		List<Column> columns = new ArrayList<>();
		for (ImportSheet.Column c : COLUMNS) {
			if (c.field().startsWith("_") && !withInfo) {
				continue;
			}
			columns.add(switch (c.field()) {
				case "localMaterialShare" -> Column.decimal(c.header());
				case "_stars" -> Column.integer(c.header());
				default -> Column.text(c.header());
			});
		}
		return columns;
	}

	public static void write(OutputStream out, MessageSource messages) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter()) {
			xlsx.sheet("Sản phẩm", sheetColumns(false));
			xlsx.sheet("Hướng dẫn", List.of(Column.text("Cột"), Column.text("Bắt buộc"), Column.text("Cách ghi")));
			for (ImportSheet.Column c : COLUMNS) {
				if (!c.field().startsWith("_")) {
					xlsx.row(c.header(), c.required() ? "Có" : "", guidance(c.field(), messages));
				}
			}
			xlsx.row("Lưu ý", "", "Mỗi dòng một sản phẩm. Dòng có mã sản phẩm đã có, hoặc cùng chủ thể và cùng tên với "
					+ "một sản phẩm đã có, sẽ được cập nhật. Không gộp ô, không để công thức chưa tính.");
			xlsx.sheet("Bộ sản phẩm", List.of(Column.text("Mã"), Column.text("Bộ sản phẩm"), Column.text("Nhóm")));
			for (ProductSet set : ProductSet.values()) {
				xlsx.row(set.code(), label(messages, "product.productSet." + set.code()),
						label(messages, "product.group." + set.group().name()));
			}
			xlsx.write(out);
		}
	}

	public static void export(OutputStream out, MessageSource messages, Consumer<Consumer<ProductView>> source,
			java.util.function.LongFunction<String> registrationOf) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter()) {
			xlsx.sheet("Sản phẩm", sheetColumns(true));
			source.accept(view -> {
				ProductData d = view.data();
				xlsx.row(view.code(), d.name(), registrationOf.apply(d.producerId()), d.productSet().code(),
						d.description(), d.brand(), d.geographicalIndication(), d.packaging(), d.labelInfo(), d.story(),
						d.usageGuide(), d.rawMaterialOrigin(), d.localMaterialShare(), d.productionCapacity(),
						d.linkageContracts(), channels(messages, d), d.exportMarkets(), view.producerName(),
						view.communeName(), view.provinceName(), label(messages, "product.status." + view.status()),
						view.stars());
			});
			xlsx.write(out);
		}
	}

	static String channels(MessageSource messages, ProductData d) {
		return d.channels().isEmpty() ? null
				: d.channels().stream().sorted().map(c -> label(messages, "product.channels." + c.name()))
					.collect(Collectors.joining("; "));
	}

	static String label(MessageSource messages, String key) {
		return messages.getMessage(key, null, key, VI);
	}

	private static String guidance(String field, MessageSource messages) {
		return switch (field) {
			case "code" -> "Để trống khi thêm mới (hệ thống tự cấp mã); ghi mã để cập nhật sản phẩm đã có.";
			case "producer" -> "Mã số ĐKKD (hoặc mã số thuế) của chủ thể đã có trong sổ đăng ký.";
			case "productSet" -> "Mã bộ sản phẩm 01–26 theo Quyết định 148 (xem trang “Bộ sản phẩm”).";
			case "localMaterialShare" -> "Số từ 0 đến 100.";
			case "channels" -> "Một hoặc nhiều, cách nhau bằng dấu chấm phẩy: " + Arrays.stream(DistributionChannel.values())
				.map(c -> label(messages, "product.channels." + c.name()))
				.collect(Collectors.joining("; "));
			case "exportMarkets" -> "Cách nhau bằng dấu chấm phẩy; khi có, chọn cả kênh “Xuất khẩu”.";
			case "story", "description", "usageGuide" -> "Có thể xuống dòng trong ô (Alt+Enter).";
			default -> "";
		};
	}

}
