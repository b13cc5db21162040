package vn.ocophub.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.StarResult;

/** Demo sheets hit the total they are asked for, in every set, with the stars of its band. */
class DemoAnswersTests {

	static final CriteriaCatalogue CATALOGUE = new CriteriaCatalogue(
			Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), "classpath:criteria/");

	@ParameterizedTest
	@CsvSource({ "2, 42", "3, 61", "4, 76", "5, 92" })
	void hitTheTotalWithTheStarsOfItsBandInEverySet(int stars, int total) {
		for (CriteriaSet set : CATALOGUE.sets()) {
			for (int offset : new int[] { 0, 7, 23 }) {
				StarResult score = CATALOGUE.score(CATALOGUE.version("QD1489-2025"), set.code(),
						DemoAnswers.forTotal(set, stars, total, offset));
				assertThat(score.total()).as(set.code()).isEqualTo(total);
				assertThat(score.stars()).as(set.code()).isEqualTo(stars);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "0, 7", "15, 30" })
	void differentOffsetsGiveDifferentSheetsOfTheSameTotal(int first, int second) {
		CriteriaSet set = CATALOGUE.set("QD148-2023-01");
		assertThat(DemoAnswers.forTotal(set, 4, 75, first)).isNotEqualTo(DemoAnswers.forTotal(set, 4, 75, second));
	}

}
