package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken rule file stops loading with the file and line of the problem; an unverified set loads with its problems. */
class RuleFilesTests {

	static final String VERSIONS = """
			versions:
			  - code: QD148-2023
			    decision: 148/QĐ-TTg
			    title: Bộ tiêu chí
			    effective-from: 2023-02-24
			    criteria: QD148-2023
			    parts: { A: 40, B: 25, C: 35 }
			    bands: { 2: 30, 3: 50, 4: 70, 5: 90 }
			    levels:
			      - level: PROVINCE
			        recognises: [3, 4]
			    summary: Thử.
			""";

	/** A minimal set that reconciles: one criterion per part carrying the whole part. */
	static final String SET = """
			criteria-version: QD148-2023
			product-set: "01"
			name: Bộ thử
			verified: true
			parts:
			  - part: A
			    title: Phần A
			    points: 40
			    headings:
			      - heading: 1
			        title: Mục 1
			        points: 40
			        criteria:
			          - criterion: a
			            title: Tiêu chí a
			            points: 40
			            options:
			              - points: 10
			                text: Thấp
			              - points: 40
			                stars: 3
			                text: Cao
			  - part: B
			    title: Phần B
			    points: 25
			    headings:
			      - heading: 2
			        title: Mục 2
			        points: 25
			        options:
			          - points: 25
			            text: Có
			  - part: C
			    title: Phần C
			    points: 35
			    headings:
			      - heading: 3
			        title: Mục 3
			        points: 35
			        options:
			          - points: 35
			            text: Có
			""";

	@TempDir
	Path dir;

	CriteriaCatalogue load(String set) throws IOException {
		Files.writeString(dir.resolve("rule-versions.yaml"), VERSIONS, StandardCharsets.UTF_8);
		Files.createDirectories(dir.resolve("QD148-2023"));
		Files.writeString(dir.resolve("QD148-2023/set-01.yaml"), set, StandardCharsets.UTF_8);
		return new CriteriaCatalogue(Clock.systemUTC(), dir.toUri().toString());
	}

	@Test
	void loadsAWellFormedSetWithCodesFromTheStructure() throws IOException {
		CriteriaSet set = load(SET).set("QD148-2023-01");
		assertThat(set.criteria()).extracting(Criterion::code).containsExactly("A.1.a", "B.2", "C.3");
		assertThat(set.criterion("A.1.a").orElseThrow().options()).extracting(CriterionOption::code)
			.containsExactly("A.1.a.1", "A.1.a.2");
		assertThat(set.maxPoints()).isEqualTo(100);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			              - points: 40                 |               - points: forty     | set-01.yaml:20: 'forty' is not a whole number
			            points: 40\\n            options: |            points: 40\\n            bogus: 1\\n            options: | set-01.yaml:17: unknown key 'bogus'
			        points: 25                         |         points: 24                | set-01.yaml:23: part B is worth 25 points, not 24
			              - points: 40                 |               - points: 30        | set-01.yaml:14: criterion A.1.a is worth 40 points but its best option gives 30
			                stars: 3                   |                 stars: 6          | set-01.yaml:21: a star marker is 3, 4 or 5, not 6
			          - points: 35                     |           - points: [35           | set-01.yaml:42: not valid YAML
			""")
	void stopsOnABrokenFileNamingFileAndLine(String find, String replace, String message) {
		String broken = SET.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
		assertThat(broken).isNotEqualTo(SET);
		assertThatThrownBy(() -> load(broken)).isInstanceOf(RuleFileException.class)
			.hasMessageContaining("criteria/QD148-2023/" + message.substring(0, message.indexOf(':')))
			.hasMessageContaining(message.substring(message.indexOf(':')));
	}

	@Test
	void loadsAnUnverifiedSetWithWhatDoesNotReconcile() throws IOException {
		String unverified = SET.replace("verified: true", "verified: false\nverification-note: Chưa đối chiếu.")
			.replace("              - points: 40\n", "              - points: 38\n");
		CriteriaCatalogue catalogue = load(unverified);
		assertThat(catalogue.set("QD148-2023-01").verified()).isFalse();
		assertThat(catalogue.unreconciled("QD148-2023-01")).singleElement()
			.satisfies(problem -> assertThat(problem.kind()).isEqualTo(RuleProblem.Kind.BEST_OPTION))
			.asString()
			.contains("A.1.a is worth 40 points but its best option gives 38");
	}

	@Test
	void refusesDuplicateCodesEvenInAnUnverifiedSet() {
		String twice = SET.replace("verified: true", "verified: false\nverification-note: Chưa đối chiếu.")
			.replace("      - heading: 3\n", "      - heading: 2\n");
		assertThatThrownBy(() -> load(twice)).hasMessageContaining("set-01.yaml:38: heading number 2 is used twice");
	}

}
