package vn.ocophub.producer;

/** An account that acts for a producer. */
public record ProducerAccount(long userId, String username, String fullName, boolean enabled) {
}
