package vn.ocophub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AccessScopeTests {

	static final AccessScope COUNTRY = AccessScope.country();

	static final AccessScope HA_TINH = AccessScope.province("42");

	static final AccessScope HUONG_SON = AccessScope.commune("42", "18133");

	static final AccessScope VAN_DON = AccessScope.commune("22", "06994");

	@Test
	void coversRecordsInsideItOnly() {
		assertThat(COUNTRY.covers("22", "06994")).isTrue();
		assertThat(HA_TINH.covers("42", "18133")).isTrue();
		assertThat(HA_TINH.covers("22", "06994")).isFalse();
		assertThat(HUONG_SON.covers("42", "18133")).isTrue();
		assertThat(HUONG_SON.covers("42", "18223")).isFalse();
		assertThat(HUONG_SON.covers("42", null)).isFalse();
	}

	@Test
	void includesNarrowerScopesWithinIt() {
		assertThat(COUNTRY.includes(HA_TINH)).isTrue();
		assertThat(HA_TINH.includes(HUONG_SON)).isTrue();
		assertThat(HA_TINH.includes(COUNTRY)).isFalse();
		assertThat(HA_TINH.includes(VAN_DON)).isFalse();
		assertThat(HUONG_SON.includes(HA_TINH)).isFalse();
		assertThat(HUONG_SON.includes(HUONG_SON)).isTrue();
	}

	@Test
	void queryFiltersFollowTheLevel() {
		assertThat(COUNTRY.provinceFilter()).isNull();
		assertThat(HA_TINH.provinceFilter()).isEqualTo("42");
		assertThat(HA_TINH.communeFilter()).isNull();
		assertThat(HUONG_SON.communeFilter()).isEqualTo("18133");
	}

	@Test
	void refusesIncompleteScopes() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccessScope.province(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> AccessScope.commune("42", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccessScope(AccessScope.Level.COUNTRY, "42", null));
	}

}
