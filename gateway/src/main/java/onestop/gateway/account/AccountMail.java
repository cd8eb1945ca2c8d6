package onestop.gateway.account;

/** An email about someone's account, sent once the transaction that decided it has committed. */
public record AccountMail(String to, String subject, String text) {
}
