package onestop.licensing.api;

/** A document an applicant must upload for a licence type: its code and name. */
public record RequiredDocument(String code, String name) {
}
