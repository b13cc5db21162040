package vn.ocophub.evaluation;

/**
 * The points and stars stored with a self-assessment: at its last save while a draft, and frozen at submission,
 * so that a filed report keeps its numbers even if a later correction of the criteria set changes them.
 */
public record RecordedScore(int total, int partA, int partB, int partC, int stars) {
}
