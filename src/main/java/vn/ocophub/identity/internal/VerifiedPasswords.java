package vn.ocophub.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password were checked against a given stored hash, so that
 * an API client sending HTTP Basic on every request does not pay a BCrypt check (tens of milliseconds of CPU)
 * each time. Entries are keyed by an HMAC of the credentials with a random key that never leaves this process,
 * and are valid only while the account's stored hash is the one they were checked against: a changed or reset
 * password, like a restart, forces a real check. Bounded in size; the oldest entries go first.
 */
final class VerifiedPasswords {

	private static final int MAX_ENTRIES = 10_000;

	private static final Duration LIFETIME = Duration.ofMinutes(5);

	private final byte[] key = new byte[32];

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	private record Entry(String storedHash, long expiresAtNanos) {
	}

	VerifiedPasswords() {
		new SecureRandom().nextBytes(key);
	}

	/** Whether these credentials were verified against exactly this stored hash, recently. */
	synchronized boolean known(String username, String password, String storedHash) {
		Entry entry = entries.get(digest(username, password));
		if (entry == null || storedHash == null || !storedHash.equals(entry.storedHash())) {
			return false;
		}
		if (System.nanoTime() - entry.expiresAtNanos() > 0) {
			entries.remove(digest(username, password));
			return false;
		}
		return true;
	}

	synchronized void remember(String username, String password, String storedHash) {
		if (storedHash != null) {
			entries.put(digest(username, password), new Entry(storedHash, System.nanoTime() + LIFETIME.toNanos()));
		}
	}

	private String digest(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
