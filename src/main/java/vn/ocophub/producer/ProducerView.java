package vn.ocophub.producer;

import java.time.OffsetDateTime;

/** A producer as its page and the API show it. */
public record ProducerView(long id, ProducerData data, String provinceCode, String provinceName, String communeName,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, long version,
		boolean editable) {

	public String name() {
		return data.name();
	}

	public String communeCode() {
		return data.communeCode();
	}

}
