package vn.ocophub.producer.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.producer.ProducerView;

/** The producer form; the rules are checked by the registry, which reports problems per field. */
public class ProducerForm {

	private String name;

	private LegalType legalType;

	private String registrationNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationDate;

	private String taxCode;

	private String communeCode;

	private String address;

	private String representativeName;

	private Gender representativeGender;

	private boolean representativeMinority;

	private String phone;

	private String email;

	private String website;

	private BigDecimal communityCapitalShare;

	private CooperativeRating cooperativeRating;

	private Integer workers;

	private Integer localWorkers;

	private ProducerStatus status = ProducerStatus.ACTIVE;

	private long version;

	static ProducerForm of(ProducerView view) {
		ProducerData d = view.data();
		ProducerForm form = new ProducerForm();
		form.name = d.name();
		form.legalType = d.legalType();
		form.registrationNumber = d.registrationNumber();
		form.registrationDate = d.registrationDate();
		form.taxCode = d.taxCode();
		form.communeCode = d.communeCode();
		form.address = d.address();
		form.representativeName = d.representativeName();
		form.representativeGender = d.representativeGender();
		form.representativeMinority = d.representativeMinority();
		form.phone = d.phone();
		form.email = d.email();
		form.website = d.website();
		form.communityCapitalShare = d.communityCapitalShare();
		form.cooperativeRating = d.cooperativeRating();
		form.workers = d.workers();
		form.localWorkers = d.localWorkers();
		form.status = d.status();
		form.version = view.version();
		return form;
	}

	ProducerData toData() {
		return new ProducerData(name, legalType, registrationNumber, registrationDate, taxCode, communeCode, address,
				representativeName, representativeGender, representativeMinority, phone, email, website,
				communityCapitalShare, cooperativeRating, workers, localWorkers, status);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LegalType getLegalType() {
		return legalType;
	}

	public void setLegalType(LegalType legalType) {
		this.legalType = legalType;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public LocalDate getRegistrationDate() {
		return registrationDate;
	}

	public void setRegistrationDate(LocalDate registrationDate) {
		this.registrationDate = registrationDate;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public Gender getRepresentativeGender() {
		return representativeGender;
	}

	public void setRepresentativeGender(Gender representativeGender) {
		this.representativeGender = representativeGender;
	}

	public boolean isRepresentativeMinority() {
		return representativeMinority;
	}

	public void setRepresentativeMinority(boolean representativeMinority) {
		this.representativeMinority = representativeMinority;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public BigDecimal getCommunityCapitalShare() {
		return communityCapitalShare;
	}

	public void setCommunityCapitalShare(BigDecimal communityCapitalShare) {
		this.communityCapitalShare = communityCapitalShare;
	}

	public CooperativeRating getCooperativeRating() {
		return cooperativeRating;
	}

	public void setCooperativeRating(CooperativeRating cooperativeRating) {
		this.cooperativeRating = cooperativeRating;
	}

	public Integer getWorkers() {
		return workers;
	}

	public void setWorkers(Integer workers) {
		this.workers = workers;
	}

	public Integer getLocalWorkers() {
		return localWorkers;
	}

	public void setLocalWorkers(Integer localWorkers) {
		this.localWorkers = localWorkers;
	}

	public ProducerStatus getStatus() {
		return status;
	}

	public void setStatus(ProducerStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
