package vn.ocophub.product;

/** The six product groups of the OCOP program (Decision 919 and Article 1 of Decision 148). */
public enum ProductGroup {

	FOOD, BEVERAGE, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM

}
