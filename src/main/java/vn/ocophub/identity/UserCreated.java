package vn.ocophub.identity;

/**
 * A new account, with the one-time password to hand to its owner when the administrator did not choose one
 * (null otherwise). The password is shown once and never stored in clear.
 */
public record UserCreated(UserView user, String oneTimePassword) {
}
