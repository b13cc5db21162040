package vn.ocophub.producer;

/**
 * A producer was renamed or moved to another commune: records that copy its name or place (its products)
 * follow in the same transaction.
 */
public record ProducerMoved(long producerId, String name, String provinceCode, String provinceName,
		String communeCode, String communeName) {
}
