package vn.ocophub.product.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocophub.product.PhotoContent;
import vn.ocophub.product.ProductPhoto;

/** SQL of product photos; the image bytes are read only when a photo is served. */
@Repository
public class PhotoStore {

	private static final String COLUMNS = "id, product_id, position, content_type, width, height, original_name";

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProductPhoto> list(long productId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM product_photo WHERE product_id = :id ORDER BY position, id")
			.param("id", productId)
			.query((rs, n) -> new ProductPhoto(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7)))
			.list();
	}

	/** The first photo (by position) of each of the products that has one, in one query. */
	public java.util.Map<Long, ProductPhoto> firsts(java.util.Collection<Long> productIds) {
		java.util.Map<Long, ProductPhoto> firsts = new java.util.HashMap<>();
		if (productIds.isEmpty()) {
			return firsts;
		}
		jdbc.sql("SELECT " + COLUMNS + " FROM product_photo WHERE product_id IN (:ids) ORDER BY product_id, position, id")
			.param("ids", java.util.List.copyOf(productIds))
			.query((rs, n) -> new ProductPhoto(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7)))
			.list()
			.forEach(photo -> firsts.putIfAbsent(photo.productId(), photo));
		return firsts;
	}

	public int count(long productId) {
		return jdbc.sql("SELECT COUNT(*) FROM product_photo WHERE product_id = :id").param("id", productId)
			.query(Integer.class)
			.single();
	}

	public long insert(long productId, String contentType, int width, int height, byte[] image, byte[] thumbnail,
			String sha256, String originalName, String actor, OffsetDateTime at) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM product_photo WHERE product_id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO product_photo (product_id, position, content_type, width, height, image, thumbnail, sha256,
				                           original_name, created_at, created_by)
				VALUES (:product, :position, :type, :width, :height, :image, :thumbnail, :sha, :name, :at, :actor)""")
			.param("product", productId)
			.param("position", position)
			.param("type", contentType)
			.param("width", width)
			.param("height", height)
			.param("image", image)
			.param("thumbnail", thumbnail)
			.param("sha", sha256)
			.param("name", originalName)
			.param("at", at)
			.param("actor", actor)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM product_photo WHERE product_id = :id").param("id", productId)
			.query(Long.class)
			.single();
	}

	public boolean hasSame(long productId, String sha256) {
		return jdbc.sql("SELECT COUNT(*) FROM product_photo WHERE product_id = :id AND sha256 = :sha")
			.param("id", productId)
			.param("sha", sha256)
			.query(Long.class)
			.single() > 0;
	}

	/** The stored bytes and type of a photo of a product (the large image or the thumbnail). */
	public Optional<PhotoContent> content(long productId, long photoId, boolean thumbnail) {
		return jdbc.sql("SELECT content_type, " + (thumbnail ? "thumbnail" : "image")
				+ " FROM product_photo WHERE id = :photo AND product_id = :product")
			.param("photo", photoId)
			.param("product", productId)
			.query((rs, n) -> new PhotoContent(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	public Optional<ProductPhoto> find(long productId, long photoId) {
		return list(productId).stream().filter(p -> p.id() == photoId).findFirst();
	}

	public void delete(long productId, long photoId) {
		jdbc.sql("DELETE FROM product_photo WHERE id = :photo AND product_id = :product")
			.param("photo", photoId)
			.param("product", productId)
			.update();
	}

}
