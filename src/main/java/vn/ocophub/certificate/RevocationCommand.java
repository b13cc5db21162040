package vn.ocophub.certificate;

import java.time.LocalDate;

/** A revocation: the ground ({@code text} required for OTHER), the revoking decision's number and date. */
public record RevocationCommand(RevocationGround ground, String text, String decisionNumber, LocalDate date) {
}
