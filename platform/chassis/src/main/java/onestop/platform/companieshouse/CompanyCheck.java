package onestop.platform.companieshouse;

import java.time.Instant;

/**
 * What Companies House said about a business's company number: {@code VERIFIED} (exists, active, name matches),
 * {@code UNVERIFIED} with the reason ({@code not-found}, {@code not-active}, {@code name-mismatch}), or
 * {@code PENDING} (not asked yet, or Companies House could not be reached: asked again later).
 *
 * @param registeredName the company's name on the register, when it was found
 */
public record CompanyCheck(Status status, String reason, String registeredName, Instant checkedAt) {

    public enum Status {
        VERIFIED, UNVERIFIED, PENDING
    }

    public static final String NOT_FOUND = "not-found";
    public static final String NOT_ACTIVE = "not-active";
    public static final String NAME_MISMATCH = "name-mismatch";

    public static CompanyCheck pending() {
        return new CompanyCheck(Status.PENDING, null, null, null);
    }
}
