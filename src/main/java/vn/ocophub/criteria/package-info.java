/**
 * The law of OCOP rating as data: the rule versions (Decision 148 of 2023, its 2025 amendment by Decision 1489
 * and any later version), the 26 criteria sets of each version loaded and validated at start-up, the star bands,
 * and the star rule that turns an answer sheet into points, stars and the way to the next star. Depends on
 * nothing but the shared kernel: every other capability asks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criteria and star rating",
		allowedDependencies = { "shared", "shared :: *" })
package vn.ocophub.criteria;
