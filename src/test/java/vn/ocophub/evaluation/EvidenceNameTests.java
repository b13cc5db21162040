package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence is stored under its uploaded base name with the extension of the type its content was recognised as. */
class EvidenceNameTests {

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			giay-chung-nhan.pdf            | pdf | giay-chung-nhan.pdf
			bien-ban.html                  | pdf | bien-ban.pdf
			C:\\\\Users\\\\x\\\\anh chup.PNG      | png | anh chup.png
			../../etc/passwd               | pdf | passwd.pdf
			hoa-don\u202Egpj.exe           | jpg | hoa-dongpj.jpg
			.pdf                           | pdf | minh-chung.pdf
			'   '                          | pdf | minh-chung.pdf
			""")
	void keepsTheBaseNameAndForcesTheRecognisedExtension(String uploaded, String extension, String stored) {
		assertThat(SelfAssessmentManagement.storedName(uploaded, extension)).isEqualTo(stored);
	}

}
