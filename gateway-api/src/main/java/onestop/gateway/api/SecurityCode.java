package onestop.gateway.api;

/** The body of {@code POST /api/me/texts/confirm}: the security code texted to the number, five digits. */
public record SecurityCode(String code) {
}
