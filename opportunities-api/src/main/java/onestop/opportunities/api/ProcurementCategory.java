package onestop.opportunities.api;

/**
 * What a contract buys, for its threshold: goods, services or works (OCDS {@code mainProcurementCategory}), or
 * light-touch services (health, social, education and the like: Schedule 1's higher threshold; OCDS
 * {@code specialRegime} {@code lightTouch}).
 */
public enum ProcurementCategory {
    GOODS, SERVICES, WORKS, LIGHT_TOUCH;

    /** The OCDS {@code mainProcurementCategory}: light-touch contracts are services. */
    public String ocds() {
        return this == LIGHT_TOUCH ? "services" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
