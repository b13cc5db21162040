package vn.ocophub.producer;

/**
 * The legal form of a producer, as the OCOP criterion "Loại hình tổ chức sản xuất – kinh doanh" tells them
 * apart (Decision 148, Part A).
 */
public enum LegalType {

	/** Hợp tác xã. */
	COOPERATIVE(false),
	/** Tổ hợp tác (its leader holds the business registration). */
	COOPERATIVE_GROUP(true),
	/** Công ty TNHH một thành viên. */
	SINGLE_MEMBER_LLC(false),
	/** Công ty TNHH hai thành viên trở lên. */
	MULTI_MEMBER_LLC(false),
	/** Công ty cổ phần. */
	JOINT_STOCK_COMPANY(false),
	/** Doanh nghiệp tư nhân. */
	PRIVATE_ENTERPRISE(false),
	/** Hộ kinh doanh có đăng ký. */
	HOUSEHOLD_BUSINESS(true),
	/** Trang trại. */
	FARM(true);

	private final boolean individual;

	LegalType(boolean individual) {
		this.individual = individual;
	}

	/**
	 * Whether the producer is run by individuals, who since 1 July 2025 may use the 12-digit personal
	 * identification number as their tax code.
	 */
	public boolean mayUsePersonalTaxCode() {
		return individual;
	}

	/** Whether this is an enterprise under the Law on Enterprises. */
	public boolean isEnterprise() {
		return this == SINGLE_MEMBER_LLC || this == MULTI_MEMBER_LLC || this == JOINT_STOCK_COMPANY
				|| this == PRIVATE_ENTERPRISE;
	}

}
