package onestop.platform.config;

/**
 * A stand-in or mock in place of a real outside service (GOV.UK Pay, GOV.UK Notify, the mail server, ...): its
 * name (what {@code ONESTOP_ALLOW_STAND_INS} lists to run with it anyway) and what is not real while it is on.
 */
public record StandIn(String name, String what) {
}
