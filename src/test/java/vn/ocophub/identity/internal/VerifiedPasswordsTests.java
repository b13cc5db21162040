package vn.ocophub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTests {

	private final VerifiedPasswords verified = new VerifiedPasswords();

	@Test
	void knowsCredentialsCheckedAgainstTheSameStoredHash() {
		verified.remember("vanphong.hatinh", "demo@OCOP2026", "{bcrypt}$2a$10$one");
		assertThat(verified.known("vanphong.hatinh", "demo@OCOP2026", "{bcrypt}$2a$10$one")).isTrue();
	}

	@Test
	void anotherPasswordOrUserIsNotKnown() {
		verified.remember("vanphong.hatinh", "demo@OCOP2026", "{bcrypt}$2a$10$one");
		assertThat(verified.known("vanphong.hatinh", "demo@OCOP2027", "{bcrypt}$2a$10$one")).isFalse();
		assertThat(verified.known("canbo.huongson", "demo@OCOP2026", "{bcrypt}$2a$10$one")).isFalse();
	}

	@Test
	void aChangedStoredHashForcesARealCheck() {
		verified.remember("vanphong.hatinh", "demo@OCOP2026", "{bcrypt}$2a$10$one");
		assertThat(verified.known("vanphong.hatinh", "demo@OCOP2026", "{bcrypt}$2a$10$two")).isFalse();
		assertThat(verified.known("vanphong.hatinh", "demo@OCOP2026", null)).isFalse();
	}

}
