package onestop.gateway.api;

/**
 * The answer of {@code /api/me/texts}: whether OneStop sends text messages at all (only through GOV.UK Notify),
 * the mobile number the person gave ({@code 07700 900123}; null without one) and whether they confirmed it with the
 * security code texted to it. Texts go only to a confirmed number, and only for what needs the person soon: an
 * officer's request for information, a hearing, a decision, a licence suspended, revoked, expired or due for
 * renewal, a contract award.
 */
public record TextMessages(boolean available, String mobile, boolean confirmed) {
}
