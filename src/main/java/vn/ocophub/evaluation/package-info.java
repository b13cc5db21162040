/**
 * Evaluation of OCOP products. For now the self-assessment (báo cáo tự đánh giá) that a producer, or an officer
 * for it, files for a product: the criteria set of its product set under the rule version in force, the options
 * ticked with evidence per criterion, the predicted stars and the way to the next star, drafts and an immutable
 * submitted report printable as PDF. Rounds, councils and score sheets will join it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "adminunit", "criteria", "product", "producer", "identity", "shared", "shared :: *" })
package vn.ocophub.evaluation;
