/**
 * What every module of OCOP Hub shares: Vietnamese text handling (accent-insensitive search keys), the data
 * {@link vn.ocophub.shared.AccessScope scope} a user works in, paging, typed errors with their HTML and
 * ProblemDetail rendering, locale handling and the append-only audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.ocophub.shared;
