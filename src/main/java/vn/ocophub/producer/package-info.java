/**
 * The registry of OCOP producers (chủ thể): cooperatives, cooperative groups, enterprises, registered
 * household businesses and farms, with their registration, tax code, commune, legal representative, labour and
 * status, the producer accounts that act for them, and the history of every change. Lists are filtered by the
 * reader's scope inside their queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Producers",
		allowedDependencies = { "adminunit", "identity", "shared", "shared :: *" })
package vn.ocophub.producer;
