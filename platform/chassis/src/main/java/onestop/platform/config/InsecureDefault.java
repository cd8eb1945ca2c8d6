package onestop.platform.config;

/**
 * A development default that must not reach production: its name (what {@code ONESTOP_ALLOW_INSECURE_DEFAULTS}
 * lists to keep it anyway) and how to put it right.
 */
public record InsecureDefault(String name, String fix) {
}
