package vn.ocophub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTests {

	@Test
	void makesEveryWordOfTheQueryStartAWordOfTheRecord() {
		TextSearch search = TextSearch.of("Cam bù  HƯƠNG sơn");
		assertThat(search.condition("p.search_key"))
			.isEqualTo("(p.search_key LIKE :w0 AND p.search_key LIKE :w1 AND p.search_key LIKE :w2 AND p.search_key LIKE :w3)");
		assertThat(search.parameters()).containsEntry("w0", "% cam%")
			.containsEntry("w1", "% bu%")
			.containsEntry("w2", "% huong%")
			.containsEntry("w3", "% son%")
			.containsEntry("searchKey", "cam bu huong son")
			.containsEntry("searchPrefix", "cam bu huong son%");
	}

	@Test
	void ignoresPunctuationAndRepeatedWords() {
		TextSearch search = TextSearch.of("hop-tac xa, hop");
		assertThat(search.parameters()).containsOnlyKeys("w0", "w1", "w2", "searchKey", "searchCode", "searchPrefix",
				"searchWordPrefix");
	}

	@Test
	void keepsTheCodeAsTypedForAnExactCodeMatch() {
		assertThat(TextSearch.of(" 42-18133-0001 ").parameters()).containsEntry("searchCode", "42-18133-0001")
			.containsEntry("searchKey", "42 18133 0001");
	}

	@Test
	void anEmptyQueryHasNoCondition() {
		assertThat(TextSearch.of("  ").isEmpty()).isTrue();
		assertThat(TextSearch.of(null).isEmpty()).isTrue();
	}

	@Test
	void ranksExactThenPrefixThenWordPrefixThenEveryWordInTheName() {
		assertThat(TextSearch.of("cam").rank("name_key", "code"))
			.isEqualTo("CASE WHEN name_key = :searchKey THEN 0 WHEN LOWER(code) = :searchCode THEN 0"
					+ " WHEN name_key LIKE :searchPrefix THEN 1 WHEN name_key LIKE :searchWordPrefix THEN 2"
					+ " WHEN (' ' || name_key) LIKE :w0 THEN 3 ELSE 4 END");
		// "huong son cam bu": a name with every word in another order before a match through other fields.
		assertThat(TextSearch.of("huong son cam bu").rank("name_key", null))
			.contains(" WHEN (' ' || name_key) LIKE :w0 AND (' ' || name_key) LIKE :w1 AND (' ' || name_key) LIKE :w2"
					+ " AND (' ' || name_key) LIKE :w3 THEN 3 ELSE 4 END");
	}

}
