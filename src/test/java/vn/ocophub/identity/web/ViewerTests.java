package vn.ocophub.identity.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.shared.AccessScope;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code #viewer} answers as the access expressions it replaced ({@code isAnonymous()}, {@code hasRole(…)}). */
class ViewerTests {

	@Test
	void noAuthenticationOrAnAnonymousOneIsAnonymous() {
		assertThat(Viewer.of(null).anonymous()).isTrue();
		Viewer anonymous = Viewer.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(anonymous.anonymous()).isTrue();
		assertThat(anonymous.signedIn()).isFalse();
		assertThat(anonymous.has("ANONYMOUS")).isFalse();
		assertThat(anonymous.fullName()).isNull();
	}

	@Test
	void anAccountHasItsRolesNameAndPasswordState() {
		CurrentUser officer = new CurrentUser(7, "vanphong.hatinh", "Nguyễn Thị Hoa", null, true, true,
				Set.of(Role.PROVINCE_OFFICER, Role.COUNCIL_MEMBER), AccessScope.province("42"));
		Viewer viewer = Viewer.of(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		assertThat(viewer.signedIn()).isTrue();
		assertThat(viewer.anonymous()).isFalse();
		assertThat(viewer.has("PROVINCE_OFFICER")).isTrue();
		assertThat(viewer.has("COUNCIL_MEMBER")).isTrue();
		assertThat(viewer.has("PRODUCER")).isFalse();
		assertThat(viewer.has("ROLE_PROVINCE_OFFICER")).as("named without the prefix, as hasRole").isFalse();
		assertThat(viewer.hasAny("PRODUCER", "COMMUNE_OFFICER")).isFalse();
		assertThat(viewer.hasAny("PRODUCER", "PROVINCE_OFFICER")).isTrue();
		assertThat(viewer.fullName()).isEqualTo("Nguyễn Thị Hoa");
		assertThat(viewer.mustChangePassword()).isTrue();
	}

	@Test
	void anotherPrincipalIsNamedByItsAccountAndIsNotAskedToChangeItsPassword() {
		Viewer viewer = Viewer.of(UsernamePasswordAuthenticationToken.authenticated("api-client", null,
				List.of(AuthorityUtils.createAuthorityList("ROLE_PRODUCER").get(0))));
		assertThat(viewer.fullName()).isEqualTo("api-client");
		assertThat(viewer.has("PRODUCER")).isTrue();
		assertThat(viewer.mustChangePassword()).isFalse();
	}

	@Test
	void anAuthenticationNotYetAuthenticatedIsAnonymous() {
		assertThat(Viewer.of(UsernamePasswordAuthenticationToken.unauthenticated("someone", "secret")).anonymous()).isTrue();
	}

}
