package vn.ocophub.adminunit;

/** Level of an administrative unit. Districts existed until 30 June 2025 and are kept for history. */
public enum AdminUnitLevel {

	PROVINCE, DISTRICT, COMMUNE

}
