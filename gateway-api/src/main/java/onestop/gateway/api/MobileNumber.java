package onestop.gateway.api;

/**
 * The body of {@code PUT /api/me/texts/mobile}: a UK mobile number, written any usual way ({@code 07700 900123},
 * {@code +44 7700 900123}).
 */
public record MobileNumber(String mobile) {
}
