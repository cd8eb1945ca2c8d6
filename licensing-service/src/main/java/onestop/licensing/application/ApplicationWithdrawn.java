package onestop.licensing.application;

import onestop.licensing.api.ApplicationStatus;

/**
 * Fired (synchronously, in the withdrawal's transaction) when an applicant withdraws: the payment package
 * refunds the fee of an application withdrawn before validation.
 */
public record ApplicationWithdrawn(Application application, ApplicationStatus from) {
}
