package vn.ocophub.producer;

/** Gender of a legal representative (a woman representative scores in criterion A.3 of Decision 148). */
public enum Gender {

	MALE, FEMALE

}
