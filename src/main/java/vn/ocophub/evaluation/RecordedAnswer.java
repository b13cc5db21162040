package vn.ocophub.evaluation;

/** An answer as a filed self-assessment recorded it: the option, its points and its text at the time of filing. */
public record RecordedAnswer(String optionCode, int points, String text) {
}
