package vn.ocophub.producer;

/** A producer as lists show it. */
public record ProducerSummary(long id, String name, LegalType legalType, String registrationNumber, String taxCode,
		String provinceCode, String provinceName, String communeCode, String communeName, String address,
		String representativeName, ProducerStatus status) {
}
