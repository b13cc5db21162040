package vn.ocophub.product;

/** The bytes of a stored photo (or its thumbnail) with their content type. */
public record PhotoContent(String contentType, byte[] bytes) {
}
