package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;

/**
 * Where the commune's four local criteria (Decision 1489) sit on each of the 26 official forms: the council's
 * score sheet shows the commune's finding beside that criterion, so a wrong mapping puts the commune's word on
 * the wrong line of every sheet of the set.
 */
class LocalCriterionTests {

	static final CriteriaCatalogue CATALOGUE = new CriteriaCatalogue(
			Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), "classpath:criteria/");

	static final String TOURISM = "26";

	@Test
	void everyGoodsFormHasTheFourLocalCriteriaWhereTheDecisionPutsThem() {
		List<CriteriaSet> sets = CATALOGUE.sets();
		assertThat(sets).hasSize(26);
		for (CriteriaSet set : sets) {
			if (set.productSetCode().equals(TOURISM)) {
				continue;
			}
			assertThat(LocalCriterion.ORIGIN.criterionIn(set)).as(set.code()).contains("A.1.a");
			assertThat(title(set, "A.1.a")).as(set.code()).containsAnyOf("nguon goc san pham", "nguon nguyen lieu");
			assertThat(LocalCriterion.IDEA.criterionIn(set)).as(set.code()).contains("A.2.a");
			assertThat(title(set, "A.2.a")).as(set.code()).contains("y tuong");
			assertThat(LocalCriterion.LABOUR.criterionIn(set)).as(set.code()).contains("A.3.c");
			assertThat(title(set, "A.3.c")).as(set.code()).contains("lao dong dia phuong");
			// The product story (B.5.a) is not the local identity: that is "Trí tuệ/bản sắc địa phương".
			assertThat(LocalCriterion.IDENTITY.criterionIn(set)).as(set.code()).contains("B.5.b");
			assertThat(title(set, "B.5.b")).as(set.code()).contains("ban sac");
		}
	}

	@Test
	void theTourismFormHasNoRawMaterialAndItsLocalIdentityIsItsHeritage() {
		CriteriaSet tourism = CATALOGUE.sets()
			.stream()
			.filter(set -> set.productSetCode().equals(TOURISM))
			.findFirst()
			.orElseThrow();
		// A.1.a of set 26 is the body that coordinates the service: nothing the commune's origin finding is about.
		assertThat(title(tourism, "A.1.a")).contains("bo phan dieu phoi");
		assertThat(LocalCriterion.ORIGIN.criterionIn(tourism)).isEmpty();
		assertThat(LocalCriterion.IDEA.criterionIn(tourism)).contains("A.2.a");
		assertThat(LocalCriterion.LABOUR.criterionIn(tourism)).contains("A.3.c");
		// Its local identity is the protection of cultural and natural heritage (A.2.c), not how the story is
		// presented (B.5.b, "Trình bày câu chuyện sản phẩm"), whose title merely mentions a story.
		assertThat(title(tourism, "B.5.b")).contains("cau chuyen");
		assertThat(LocalCriterion.IDENTITY.criterionIn(tourism)).contains("A.2.c");
		assertThat(title(tourism, "A.2.c")).contains("van hoa");
	}

	@Test
	void everyMappedCriterionIsOnTheFormAndNoTwoLocalCriteriaShareOne() {
		for (CriteriaSet set : CATALOGUE.sets()) {
			List<String> mapped = java.util.Arrays.stream(LocalCriterion.values())
				.map(local -> local.criterionIn(set))
				.flatMap(java.util.Optional::stream)
				.toList();
			assertThat(mapped).as(set.code()).doesNotHaveDuplicates();
			mapped.forEach(code -> assertThat(set.criterion(code)).as(set.code() + " " + code).isPresent());
		}
	}

	/** The criterion's title in lower case without diacritics ("đ" as "d"). */
	static String title(CriteriaSet set, String code) {
		String title = set.criterion(code).orElseThrow().title();
		return Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

}
