package vn.ocophub.criteria;

/**
 * One step on the way to the next star: choose {@code toOption} instead of {@code fromOption} (null when the
 * criterion is not answered yet).
 *
 * @param condition the star level of a condition that requires this step, or null when it only adds points
 */
public record Upgrade(String criterion, String fromOption, String toOption, int pointsGained, Integer condition) {
}
