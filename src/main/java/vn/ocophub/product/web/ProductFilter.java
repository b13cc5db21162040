package vn.ocophub.product.web;

import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductStatus;

/** The filters of the product list, bound from the address so that a filtered list can be shared. */
public class ProductFilter {

	private String q;

	private String province;

	private String commune;

	private Long producer;

	private String set;

	private ProductGroup group;

	private ProductStatus status;

	private Integer stars;

	private ProductQuery.Sort sort;

	ProductQuery toQuery() {
		return new ProductQuery(q, province, commune, producer, ProductSet.ofCode(set).orElse(null), group, status,
				stars, sort);
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

	public Long getProducer() {
		return producer;
	}

	public void setProducer(Long producer) {
		this.producer = producer;
	}

	public String getSet() {
		return set;
	}

	public void setSet(String set) {
		this.set = set;
	}

	public ProductGroup getGroup() {
		return group;
	}

	public void setGroup(ProductGroup group) {
		this.group = group;
	}

	public ProductStatus getStatus() {
		return status;
	}

	public void setStatus(ProductStatus status) {
		this.status = status;
	}

	public Integer getStars() {
		return stars;
	}

	public void setStars(Integer stars) {
		this.stars = stars;
	}

	public ProductQuery.Sort getSort() {
		return sort;
	}

	public void setSort(ProductQuery.Sort sort) {
		this.sort = sort;
	}

}
