package vn.ocophub.criteria;

/**
 * A condition of a star level that the decision marks with ***, **** or *****: on an option (met when the chosen
 * option of the criterion is worth at least the marked option's points) or on a whole criterion (met when any
 * option of it is chosen).
 *
 * @param stars the star level the marker belongs to; it binds that level and every level above
 * @param requiredOption the marked option, or null for a marker on the criterion itself
 */
public record StarCondition(int stars, String criterion, String requiredOption) {
}
