package vn.ocophub.identity.internal;

import java.security.SecureRandom;

/** One-time passwords: 13 characters without look-alikes (0/O, 1/l/I), always with a letter and a digit. */
public final class Passwords {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		password.append((char) ('a' + RANDOM.nextInt(26)));
		password.append(2 + RANDOM.nextInt(8));
		return password.toString();
	}

}
