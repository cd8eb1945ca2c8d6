package onestop.opportunities.api;

import java.time.Instant;

/**
 * A company number checked against Companies House (read-only: ignored when a profile is saved).
 *
 * @param status VERIFIED, UNVERIFIED or PENDING (not answered yet: asked again later)
 * @param reason why it is UNVERIFIED: not-found, not-active or name-mismatch
 * @param registeredName the company's name on the register, when found
 */
public record CompanyCheckView(String status, String reason, String registeredName, Instant checkedAt) {

    public boolean verified() {
        return "VERIFIED".equals(status);
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }

    /** The reason in words, for a page. */
    public String reasonText() {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "not-found" -> "Companies House has no company with this number";
            case "not-active" -> "The company is not active on the Companies House register";
            case "name-mismatch" -> "The name does not match the Companies House register"
                    + (registeredName == null ? "" : " (" + registeredName + ")");
            default -> reason;
        };
    }
}
