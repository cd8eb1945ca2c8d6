package onestop.opportunities.cpv;

/** One CPV code with its English description. */
public record CpvCodeView(String code, String description) {
}
