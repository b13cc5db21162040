package vn.ocophub.producer.web;

import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerQuery;
import vn.ocophub.producer.ProducerStatus;

/** The filters of the producer list, bound from the address so that a filtered list can be shared. */
public class ProducerFilter {

	private String q;

	private String province;

	private String commune;

	private LegalType type;

	private ProducerStatus status;

	private ProducerQuery.Sort sort;

	ProducerQuery toQuery() {
		return new ProducerQuery(q, province, commune, type, status, sort);
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getCommune() {
		return commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public LegalType getType() {
		return type;
	}

	public void setType(LegalType type) {
		this.type = type;
	}

	public ProducerStatus getStatus() {
		return status;
	}

	public void setStatus(ProducerStatus status) {
		this.status = status;
	}

	public ProducerQuery.Sort getSort() {
		return sort;
	}

	public void setSort(ProducerQuery.Sort sort) {
		this.sort = sort;
	}

}
