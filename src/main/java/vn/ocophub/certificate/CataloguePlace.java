package vn.ocophub.certificate;

/** A province or commune of the catalogue with how many certified products it has today. */
public record CataloguePlace(String code, String name, long products) {
}
