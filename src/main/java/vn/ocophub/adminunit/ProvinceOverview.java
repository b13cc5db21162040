package vn.ocophub.adminunit;

/** A province with the number of commune-level units under it, by type. */
public record ProvinceOverview(AdminUnitSummary province, long communes, long wards, long specialZones,
		long districts) {

	public long total() {
		return communes + wards + specialZones;
	}

}
