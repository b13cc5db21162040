package vn.ocophub.producer.internal;

import java.time.OffsetDateTime;

import vn.ocophub.producer.ProducerData;

/** A stored producer: its data, where it is, and who saved it last. */
public record ProducerRow(long id, ProducerData data, String provinceCode, String provinceName, String communeName,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, long version) {
}
