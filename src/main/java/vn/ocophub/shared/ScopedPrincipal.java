package vn.ocophub.shared;

/**
 * A signed-in principal that carries its data scope. Implemented by the identity module's current user, so
 * that modules it depends on (such as the administrative map) can check a scope without depending on it.
 */
public interface ScopedPrincipal {

	AccessScope scope();

}
