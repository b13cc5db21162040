package vn.ocophub.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.PageRequest;

/**
 * What issue 6 promises of the demo data: certified products from 3★ to 5★ with real-looking decisions, and every
 * status to be seen: one expiring within 30 days, one expired, one revoked, one superseded (here by a re-evaluation
 * and then by the central 5★).
 */
@SpringBootTest
class CertificateDemoDataTests {

	@Autowired
	CertificateManagement certificates;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	ProductManagement products;

	@Autowired
	UserDetailsService users;

	@Test
	void everyStatusAndEveryStarLevelCanBeSeen() {
		List<CertificateView> all = all(account("vanphong.trunguong"));
		assertThat(all.stream().map(CertificateView::status).collect(Collectors.toSet()))
			.containsAll(EnumSet.allOf(CertificateStatus.class));
		assertThat(all.stream().filter(c -> c.status().current()).map(CertificateView::stars).collect(Collectors.toSet()))
			.contains(3, 4, 5);
		assertThat(all).filteredOn(c -> c.status() == CertificateStatus.EXPIRING)
			.allSatisfy(c -> assertThat(c.daysLeft()).isBetween(0L, 29L));
		// Other test classes may revoke their own certificates on a shared database: the demo's is the shrimp paste's.
		assertThat(all).filteredOn(c -> c.status() == CertificateStatus.REVOKED && c.productCode().equals("42-18676-0002"))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.revocationGround()).isEqualTo(RevocationGround.FOOD_SAFETY_VIOLATION);
				assertThat(products.get(c.productId(), account("vanphong.hatinh")).status())
					.isEqualTo(ProductStatus.REVOKED);
			});
		assertThat(all).filteredOn(c -> c.central() && c.status().current()).extracting(CertificateView::number)
			.allMatch(number -> number.startsWith("TW-"));
	}

	@Test
	void theDeerAntlerProductClimbedFromItsOldFourStarsToTheCentralFiveStars() {
		CurrentUser national = account("vanphong.trunguong");
		List<CertificateView> chain = certificates.ofProduct(productId("42-18172-0001"), national);
		assertThat(chain).extracting(CertificateView::stars).containsExactly(5, 4, 4);
		assertThat(chain.get(0).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(chain.get(1).status()).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(chain.get(1).supersedeReason()).isEqualTo(SupersedeReason.UPGRADE);
		assertThat(chain.get(1).supersededByNumber()).isEqualTo(chain.get(0).number());
		assertThat(chain.get(2).supersedeReason()).isEqualTo(SupersedeReason.RE_EVALUATION);
		assertThat(chain.get(2).supersededByNumber()).isEqualTo(chain.get(1).number());
	}

	@Test
	void aLapsedProductLeftTheProgramAndQuangNinhHasResultsWaitingInADraft() {
		CurrentUser haTinh = account("vanphong.hatinh");
		long lapsed = productId("42-18406-0001");
		assertThat(certificates.ofProduct(lapsed, haTinh)).singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(CertificateStatus.EXPIRED));
		assertThat(products.get(lapsed, haTinh).status()).isEqualTo(ProductStatus.EXPIRED);
		CurrentUser quangNinh = account("vanphong.quangninh");
		assertThat(recognition.decisions(quangNinh)).filteredOn(DecisionView::draft)
			.singleElement()
			.satisfies(d -> assertThat(d.items()).isNotEmpty());
		assertThat(recognition.decisions(haTinh)).filteredOn(d -> !d.draft()).extracting(DecisionView::number)
			.contains("2950/QĐ-UBND", "3105/QĐ-UBND");
	}

	List<CertificateView> all(CurrentUser user) {
		return certificates.search(CertificateQuery.all(), new PageRequest(0, 200), user).items();
	}

	long productId(String code) {
		return all(account("vanphong.trunguong")).stream()
			.filter(c -> c.productCode().equals(code))
			.findFirst()
			.orElseThrow()
			.productId();
	}

	CurrentUser account(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}


}
