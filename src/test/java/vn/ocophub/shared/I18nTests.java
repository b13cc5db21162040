package vn.ocophub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese first, English second, nothing hard-coded: every bundle has the same keys in both languages,
 * every message key a template names exists, and templates carry no visible literal text of their own.
 */
class I18nTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][a-zA-Z0-9.\\-]+)[}(]");

	static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	/** Brand and language names are the same in every language. */
	static final Set<String> ALLOWED_LITERALS = Set.of("OCOP Hub", "★ OCOP Hub", "Tiếng Việt", "English", "VI", "EN");

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static List<Path> files(Path dir, String suffix) throws IOException {
		try (Stream<Path> stream = Files.walk(dir)) {
			return stream.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		List<Path> bases = files(MESSAGES, ".properties").stream().filter(p -> !p.toString().endsWith("_en.properties")).toList();
		assertThat(bases).isNotEmpty();
		for (Path base : bases) {
			Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for %s", base).exists();
			Set<String> vi = new TreeSet<>(load(base).stringPropertyNames());
			Set<String> en = new TreeSet<>(load(english).stringPropertyNames());
			assertThat(en).as("keys of %s", english).containsExactlyElementsOf(vi);
			load(base).forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, base).isNotBlank());
		}
	}

	@Test
	void bundlesAreWrittenInPlainUtf8() throws IOException {
		for (Path file : files(MESSAGES, ".properties")) {
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s", file).doesNotContain("\\u");
		}
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path file : files(MESSAGES, ".properties")) {
			keys.addAll(load(file).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document document = Jsoup.parse(Files.readString(template));
			NodeTraversor.traverse(new NodeVisitor() {
				@Override
				public void head(org.jsoup.nodes.Node node, int depth) {
					if (node instanceof TextNode text && !replaced(text) && LETTERS.matcher(text.text()).find()
							&& !ALLOWED_LITERALS.contains(text.text().trim())) {
						literals.add(template.getFileName() + ": \"" + text.text().trim() + "\"");
					}
					if (node instanceof Element element) {
						for (String attribute : List.of("placeholder", "title", "aria-label", "alt")) {
							if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()
									&& !ALLOWED_LITERALS.contains(element.attr(attribute).trim())) {
								literals.add(template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
							}
						}
					}
				}
			}, document);
		}
		assertThat(literals).isEmpty();
	}

	/** Text that Thymeleaf replaces (th:text, th:utext, th:replace…) is only a natural-template placeholder. */
	static boolean replaced(TextNode text) {
		for (Element parent = (Element) text.parent(); parent != null; parent = parent.parent()) {
			if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")
					|| parent.hasAttr("th:remove") || parent.hasAttr("th:errors")) {
				return true;
			}
		}
		return false;
	}

}
