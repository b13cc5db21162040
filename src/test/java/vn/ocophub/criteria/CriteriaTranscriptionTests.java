package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ocophub.criteria.Transcription.Node;

/**
 * The product's 26 criteria sets against the public transcription they were built from: every difference must be
 * a correction recorded in the rule file (same element, field, transcribed value and value used), and every recorded
 * correction must still be a difference. Skipped, with a message, where {@code ../shared} is not beside the
 * repository.
 */
class CriteriaTranscriptionTests {

	record Difference(String element, String field, String transcription, String used) {
	}

	@BeforeAll
	static void transcriptionPresent() {
		Assumptions.assumeTrue(Files.isDirectory(Transcription.folder()),
				"The transcription of Decision 148 (../shared/data/criteria-148) is not beside the repository; "
						+ "the comparison with it is skipped.");
	}

	static List<CriteriaSet> sets() {
		return CriteriaCatalogueTests.CATALOGUE.sets();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sets")
	void differsFromTheTranscriptionOnlyWhereACorrectionSaysWhy(CriteriaSet set) throws IOException {
		List<Node> transcribed = Transcription.read(Transcription.file(set.productSetCode()));
		List<Node> ours = Transcription.of(set);
		List<Difference> differences = new ArrayList<>();
		compare(transcribed, ours, differences);
		List<Difference> corrected = set.corrections()
			.stream()
			.filter(c -> !c.field().equals("element"))
			.map(c -> new Difference(c.element(), c.field(), c.transcription(), c.used()))
			.toList();
		assertThat(differences).as("differences from the transcription without a recorded correction")
			.isSubsetOf(corrected);
		assertThat(corrected).as("recorded corrections that are no longer differences").isSubsetOf(differences);
		set.corrections()
			.stream()
			.filter(c -> c.field().equals("element"))
			.forEach(c -> assertThat(set.criterion(c.element())).as("layout correction " + c.element())
				.hasValueSatisfying(criterion -> assertThat(set.headingOf(criterion.code()).isItsOwnCriterion()).isTrue()));
	}

	private static void compare(List<Node> transcribed, List<Node> ours, List<Difference> differences) {
		if (transcribed.size() != ours.size()) {
			String parent = ours.isEmpty() ? "?" : ours.get(0).code().substring(0, Math.max(1, ours.get(0).code().lastIndexOf('.')));
			differences.add(new Difference(parent, "element", transcribed.stream().map(Node::code).toList().toString(),
					ours.stream().map(Node::code).toList().toString()));
			return;
		}
		for (int i = 0; i < ours.size(); i++) {
			Node t = transcribed.get(i);
			Node o = ours.get(i);
			if (!t.segment().equals(o.segment())) {
				differences.add(new Difference(o.code(), "code", t.segment(), o.segment()));
			}
			field(o.code(), o.kind().equals("option") ? "text" : "title", t.title(), o.title(), differences);
			field(o.code(), "note", t.note(), o.note(), differences);
			field(o.code(), "points", t.points(), o.points(), differences);
			field(o.code(), "stars", t.stars(), o.stars(), differences);
			compare(t.children(), o.children(), differences);
		}
	}

	private static void field(String element, String field, String transcribed, String ours,
			List<Difference> differences) {
		if (!Transcription.clean(transcribed).equals(Transcription.clean(ours))) {
			differences.add(new Difference(element, field, transcribed, ours));
		}
	}

}
