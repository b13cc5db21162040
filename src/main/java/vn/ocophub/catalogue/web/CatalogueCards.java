package vn.ocophub.catalogue.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ocophub.certificate.CertifiedProduct;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductPhoto;

/** What product cards need besides the certificate: the first photo of each product, read in one query. */
@Component
class CatalogueCards {

	private final ProductManagement products;

	CatalogueCards(ProductManagement products) {
		this.products = products;
	}

	Map<Long, ProductPhoto> firstPhotos(List<CertifiedProduct> items) {
		return products.firstPhotosOf(items.stream().map(CertifiedProduct::productId).toList());
	}

}
