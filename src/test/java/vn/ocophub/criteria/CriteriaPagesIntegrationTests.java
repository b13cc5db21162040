package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public criteria browser, read without signing in: the rule versions and the 26 sets by product group,
 * a set's full form with its notes and star conditions, the warning on an unverified set, the corrections made
 * to the transcription, and a 404 for a code that does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CriteriaPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CriteriaCatalogue catalogue;

	Document page(String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void listsTheRuleVersionsAndTheTwentySixSetsToAnyone() throws Exception {
		Document page = page("/criteria");
		assertThat(page.select("h1").text()).isEqualTo("Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP");
		Element current = page.getElementById("version-QD1489-2025");
		assertThat(current.select(".version-in-force").text()).isEqualTo("Đang áp dụng");
		assertThat(current.select(".version-dates").text()).isEqualTo("Có hiệu lực từ ngày 06/07/2025");
		assertThat(current.select(".version-levels li").eachText()).containsExactly(
				"Cấp xã tiếp nhận hồ sơ, đánh giá sơ bộ và đề nghị cấp tỉnh", "Cấp tỉnh đánh giá, công nhận 3★, 4★",
				"Trung ương đánh giá, công nhận 5★");
		assertThat(page.getElementById("version-QD148-2023").select(".version-dates").text())
			.isEqualTo("Có hiệu lực từ ngày 24/02/2023 đến hết ngày 05/07/2025");
		assertThat(page.select(".criteria-sets tr[id^=set-]")).hasSize(26);
		assertThat(page.select(".criteria-sets th[scope=rowgroup]").eachText()).containsExactly("Nhóm thực phẩm",
				"Nhóm đồ uống", "Nhóm dược liệu và sản phẩm từ dược liệu", "Nhóm thủ công mỹ nghệ",
				"Nhóm sinh vật cảnh", "Nhóm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");
		assertThat(page.select(".set-unverified")).hasSize(4);
		assertThat(page.getElementById("set-QD148-2023-07").select(".set-unverified").text())
			.isEqualTo("Chưa đối chiếu xong");
		assertThat(page.getElementById("set-QD148-2023-01").select("a").attr("href"))
			.isEqualTo("/criteria/QD148-2023-01");
		assertThat(page.getElementById("nav-criteria").attr("href")).isEqualTo("/criteria");
	}

	@Test
	void showsAWholeFormWithItsNotesAndStarConditions() throws Exception {
		Document page = page("/criteria/QD148-2023-01");
		assertThat(page.getElementById("set-name").text()).isEqualTo("Bộ tiêu chí số 01: Rau, củ, quả, hạt tươi");
		assertThat(page.getElementById("set-unverified")).isNull();
		assertThat(page.select(".criteria-part h2").eachText()).hasSize(3).allMatch(t -> t.startsWith("Phần "));
		assertThat(page.getElementById("criterion-A.1.a").select(".criteria-note").text()).isNotBlank();
		Element marked = page.getElementById("option-A.1.b.3");
		assertThat(marked.select(".star-marker .ocop-stars").text()).isEqualTo("★★★★★");
		assertThat(marked.select(".star-marker .visually-hidden").text()).isEqualTo("điều kiện 5 sao");
		assertThat(marked.select(".option-points").text()).isEqualTo("3 điểm");
		assertThat(page.getElementById("criterion-A.3.e").select("h4 .visually-hidden").text())
			.isEqualTo("điều kiện 4 sao");
		// A heading scored as one criterion (C.7) shows its options without a lettered sub-heading.
		assertThat(page.getElementById("criterion-C.7").select("h4")).isEmpty();
		assertThat(page.getElementById("criterion-C.7").select("tr[id^=option-]")).hasSize(3);
	}

	@Test
	void warnsThatAnUnverifiedSetDoesNotReconcileAndWhy() throws Exception {
		Document page = page("/criteria/QD148-2023-07");
		Element warning = page.getElementById("set-unverified");
		assertThat(warning).isNotNull();
		assertThat(warning.select("h2").text()).isEqualTo("Bộ tiêu chí này chưa đối chiếu xong với văn bản chính thức");
		assertThat(warning.getElementById("verification-note").text()).contains("C.6.d");
		assertThat(warning.select("#unreconciled li")).singleElement()
			.extracting(Element::text)
			.isEqualTo("Tiêu chí C.6.d ghi tối đa 4 điểm nhưng lựa chọn cao nhất chỉ được 3 điểm. "
					+ "(tệp criteria/QD148-2023/set-07.yaml, dòng 315)");
		assertThat(page("/criteria/QD148-2023-07").getElementById("reachable-points").text()).contains("99");
		assertThat(page("/criteria/QD148-2023-01").getElementById("reachable-points")).isNull();
	}

	@Test
	void listsTheCorrectionsToTheTranscriptionAndTheAlternativeCases() throws Exception {
		Document corrected = page("/criteria/QD148-2023-17");
		assertThat(corrected.getElementById("corrections-toggle").text()).startsWith("Hiệu đính so với bản chép");
		assertThat(corrected.select("#corrections-table tbody tr")).isNotEmpty();
		assertThat(corrected.select(".correction-source").first().text()).startsWith("Nguồn: ");
		Document tourism = page("/criteria/QD148-2023-26");
		assertThat(tourism.getElementById("heading-C.8").select(".criteria-alternative").text())
			.startsWith("Chọn một trong các trường hợp");
	}

	@Test
	void rendersEverySetWithEveryLabelTranslated() throws Exception {
		for (CriteriaSet set : catalogue.sets()) {
			for (String lang : new String[] { "vi", "en" }) {
				Document page = page("/criteria/" + set.code() + "?lang=" + lang);
				assertThat(page.html()).as("%s in %s", set.code(), lang).doesNotContain("??");
				assertThat(page.select("tr[id^=option-]")).as(set.code())
					.hasSize(set.criteria().stream().mapToInt(c -> c.options().size()).sum());
			}
		}
	}

	@Test
	void answersAnUnknownSetWithTheNotFoundPage() throws Exception {
		MvcTestResult result = mvc.get().uri("/criteria/QD148-2023-99").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Không có bộ tiêu chí mã QD148-2023-99.");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		Document page = page("/criteria/QD148-2023-07?lang=en");
		assertThat(page.getElementById("set-name").text()).isEqualTo("Criteria set 07: Chế biến từ rau, củ, quả, hạt");
		assertThat(page.select("#set-unverified h2").text())
			.isEqualTo("This criteria set is not fully checked against the official text yet");
	}

}
