package onestop.licensing.api;

/**
 * A licence type as a client lists it to choose from: its code and name, two fields of what
 * {@code GET /api/licensing/licence-types} answers (a client reads only what it needs; the rest is ignored).
 */
public record LicenceTypeName(String code, String name) {
}
