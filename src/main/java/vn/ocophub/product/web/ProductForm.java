package vn.ocophub.product.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductView;

/** The product form; the rules are checked by the registry, which reports problems per field. */
public class ProductForm {

	private String code;

	private String name;

	private Long producerId;

	private String productSet;

	private String description;

	private String brand;

	private String geographicalIndication;

	private String packaging;

	private String labelInfo;

	private String story;

	private String usageGuide;

	private String rawMaterialOrigin;

	private BigDecimal localMaterialShare;

	private String productionCapacity;

	private String linkageContracts;

	private Set<DistributionChannel> channels = EnumSet.noneOf(DistributionChannel.class);

	private String exportMarkets;

	private long version;

	static ProductForm of(ProductView view) {
		ProductData d = view.data();
		ProductForm form = new ProductForm();
		form.code = view.code();
		form.name = d.name();
		form.producerId = d.producerId();
		form.productSet = d.productSet().code();
		form.description = d.description();
		form.brand = d.brand();
		form.geographicalIndication = d.geographicalIndication();
		form.packaging = d.packaging();
		form.labelInfo = d.labelInfo();
		form.story = d.story();
		form.usageGuide = d.usageGuide();
		form.rawMaterialOrigin = d.rawMaterialOrigin();
		form.localMaterialShare = d.localMaterialShare();
		form.productionCapacity = d.productionCapacity();
		form.linkageContracts = d.linkageContracts();
		form.channels = d.channels().isEmpty() ? EnumSet.noneOf(DistributionChannel.class) : EnumSet.copyOf(d.channels());
		form.exportMarkets = d.exportMarkets();
		form.version = view.version();
		return form;
	}

	ProductData toData() {
		return new ProductData(name, producerId == null ? 0 : producerId, ProductSet.ofCode(productSet).orElse(null),
				description, brand, geographicalIndication, packaging, labelInfo, story, usageGuide, rawMaterialOrigin,
				localMaterialShare, productionCapacity, linkageContracts, channels, exportMarkets);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getProducerId() {
		return producerId;
	}

	public void setProducerId(Long producerId) {
		this.producerId = producerId;
	}

	public String getProductSet() {
		return productSet;
	}

	public void setProductSet(String productSet) {
		this.productSet = productSet;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getBrand() {
		return brand;
	}

	public void setBrand(String brand) {
		this.brand = brand;
	}

	public String getGeographicalIndication() {
		return geographicalIndication;
	}

	public void setGeographicalIndication(String geographicalIndication) {
		this.geographicalIndication = geographicalIndication;
	}

	public String getPackaging() {
		return packaging;
	}

	public void setPackaging(String packaging) {
		this.packaging = packaging;
	}

	public String getLabelInfo() {
		return labelInfo;
	}

	public void setLabelInfo(String labelInfo) {
		this.labelInfo = labelInfo;
	}

	public String getStory() {
		return story;
	}

	public void setStory(String story) {
		this.story = story;
	}

	public String getUsageGuide() {
		return usageGuide;
	}

	public void setUsageGuide(String usageGuide) {
		this.usageGuide = usageGuide;
	}

	public String getRawMaterialOrigin() {
		return rawMaterialOrigin;
	}

	public void setRawMaterialOrigin(String rawMaterialOrigin) {
		this.rawMaterialOrigin = rawMaterialOrigin;
	}

	public BigDecimal getLocalMaterialShare() {
		return localMaterialShare;
	}

	public void setLocalMaterialShare(BigDecimal localMaterialShare) {
		this.localMaterialShare = localMaterialShare;
	}

	public String getProductionCapacity() {
		return productionCapacity;
	}

	public void setProductionCapacity(String productionCapacity) {
		this.productionCapacity = productionCapacity;
	}

	public String getLinkageContracts() {
		return linkageContracts;
	}

	public void setLinkageContracts(String linkageContracts) {
		this.linkageContracts = linkageContracts;
	}

	public Set<DistributionChannel> getChannels() {
		return channels;
	}

	public void setChannels(Set<DistributionChannel> channels) {
		this.channels = channels == null ? EnumSet.noneOf(DistributionChannel.class) : channels;
	}

	public String getExportMarkets() {
		return exportMarkets;
	}

	public void setExportMarkets(String exportMarkets) {
		this.exportMarkets = exportMarkets;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
