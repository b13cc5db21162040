package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.ocophub.criteria.Transcription.Node;

/**
 * The importer that produced the product's rule files from the public transcription: run with
 * {@code ./mvnw test -Dtest=TranscriptionImportTests -Dcriteria.import=true}; it writes
 * {@code target/criteria-import/QD148-2023/set-NN.yaml}. The files under {@code src/main/resources/criteria} were
 * made this way and then corrected by hand, each correction recorded in the file; {@link CriteriaTranscriptionTests}
 * keeps the two in step.
 */
@EnabledIfSystemProperty(named = "criteria.import", matches = "true")
class TranscriptionImportTests {

	private static final Pattern SET_NAME = Pattern.compile("(\\d{1,2}) ([^·\\n]+?)\\s*(?:·|$)", Pattern.MULTILINE);

	@Test
	void writesTheRuleFilesFromTheTranscription() throws IOException {
		Map<String, String> names = names();
		Path out = Files.createDirectories(Path.of("target", "criteria-import", "QD148-2023"));
		for (int n = 1; n <= 26; n++) {
			String set = String.format("%02d", n);
			List<Node> parts = Transcription.read(Transcription.file(set));
			Files.writeString(out.resolve("set-" + set + ".yaml"), yaml(set, names.get(set), parts),
					StandardCharsets.UTF_8);
		}
		assertThat(out.resolve("set-26.yaml")).exists();
	}

	private static Map<String, String> names() throws IOException {
		String readme = Files.readString(Transcription.folder().resolve("README.md"), StandardCharsets.UTF_8);
		String list = readme.substring(readme.indexOf("Set names"));
		list = list.substring(list.indexOf(':') + 1);
		Map<String, String> names = new LinkedHashMap<>();
		Matcher m = SET_NAME.matcher(list.replace("\n", " "));
		while (m.find()) {
			names.put(String.format("%02d", Integer.parseInt(m.group(1))), m.group(2).trim().replaceAll("\\.$", ""));
		}
		return names;
	}

	static String yaml(String set, String name, List<Node> parts) {
		StringBuilder y = new StringBuilder();
		y.append("# Bộ tiêu chí số ").append(set).append(": ").append(name).append('\n');
		y.append("# Quyết định 148/QĐ-TTg ngày 24/02/2023, Phụ lục III. Nhập từ bản chép công khai bằng\n");
		y.append("# TranscriptionImportTests, rồi hiệu đính theo văn bản; mỗi chỗ hiệu đính ghi ở mục corrections.\n");
		y.append("criteria-version: QD148-2023\n");
		y.append("product-set: \"").append(set).append("\"\n");
		y.append("name: ").append(quote(name)).append('\n');
		y.append("verified: true\n");
		y.append("parts:\n");
		for (Node part : parts) {
			y.append("  - part: ").append(part.code()).append('\n');
			y.append("    title: ").append(quote(part.title())).append('\n');
			y.append("    points: ").append(part.points()).append('\n');
			y.append("    headings:\n");
			for (Node heading : part.children()) {
				String in = "      ";
				y.append(in).append("- heading: ").append(heading.segment()).append('\n');
				y.append(in).append("  title: ").append(quote(heading.title())).append('\n');
				text(y, in + "  ", "note", heading.note());
				y.append(in).append("  points: ").append(heading.points()).append('\n');
				boolean own = !heading.children().isEmpty() && heading.children().get(0).kind().equals("option");
				if (heading.note().startsWith("Lựa chọn một trong")) {
					y.append(in).append("  alternative: true\n");
				}
				if (own) {
					stars(y, in + "  ", heading.stars());
					options(y, in + "  ", heading.children());
					continue;
				}
				y.append(in).append("  criteria:\n");
				for (Node criterion : heading.children()) {
					String cin = in + "    ";
					y.append(cin).append("- criterion: ").append(criterion.segment()).append('\n');
					y.append(cin).append("  title: ").append(quote(criterion.title())).append('\n');
					text(y, cin + "  ", "note", criterion.note());
					y.append(cin).append("  points: ").append(criterion.points()).append('\n');
					stars(y, cin + "  ", criterion.stars());
					options(y, cin + "  ", criterion.children());
				}
			}
		}
		return y.toString();
	}

	private static void options(StringBuilder y, String in, List<Node> options) {
		y.append(in).append("options:\n");
		for (Node option : options) {
			y.append(in).append("  - points: ").append(option.points()).append('\n');
			stars(y, in + "    ", option.stars());
			y.append(in).append("    text: ").append(quote(option.title())).append('\n');
		}
	}

	private static void stars(StringBuilder y, String in, String stars) {
		if (!stars.equals("-")) {
			y.append(in).append("stars: ").append(stars).append('\n');
		}
	}

	private static void text(StringBuilder y, String in, String key, String value) {
		if (!value.equals("-")) {
			y.append(in).append(key).append(": ").append(quote(value)).append('\n');
		}
	}

	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
