package vn.ocophub.product;

/** A photo of a product as pages list it; the bytes are served by {@link ProductManagement#photo}. */
public record ProductPhoto(long id, long productId, int position, String contentType, int width, int height,
		String originalName) {
}
