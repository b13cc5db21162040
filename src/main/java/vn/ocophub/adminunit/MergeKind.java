package vn.ocophub.adminunit;

import vn.ocophub.shared.VietText;

/**
 * How a predecessor became part of a unit, from the "Ghi chú" column of the official table: merged whole
 * ("Nhập toàn bộ"), in part ("Nhập một phần …", "Phần còn lại …"), kept as it was ("Giữ nguyên"), or renamed /
 * re-typed ("Đổi tên", "Đổi loại hình").
 */
public enum MergeKind {

	WHOLE, PARTIAL, KEPT, RENAMED;

	/** The kind a note of the official table describes, or null when the note says none of these. */
	public static MergeKind fromNote(String note) {
		String key = VietText.searchKey(note);
		if (key.isEmpty()) {
			return null;
		}
		if (key.contains("mot phan") || key.contains("phan con lai")) {
			return PARTIAL;
		}
		if (key.contains("toan bo")) {
			return WHOLE;
		}
		if (key.contains("giu nguyen")) {
			return KEPT;
		}
		if (key.contains("doi ten") || key.contains("doi loai hinh")) {
			return RENAMED;
		}
		return null;
	}

}
