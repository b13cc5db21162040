package vn.ocophub.evaluation;

/** The bytes of an evidence file, with the type recognised from its content when it was uploaded. */
public record EvidenceContent(String fileName, String contentType, byte[] bytes) {
}
