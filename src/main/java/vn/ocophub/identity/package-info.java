/**
 * Accounts, roles and data scopes, sign-in and its protection (hashed passwords, back-off after repeated
 * failures, audit of every attempt), and the security configuration of the web pages and the REST API.
 * Other modules read the signed-in {@link vn.ocophub.identity.CurrentUser} and filter their queries by its
 * {@link vn.ocophub.shared.AccessScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
		allowedDependencies = { "adminunit", "shared", "shared :: *" })
package vn.ocophub.identity;
