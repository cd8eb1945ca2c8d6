package onestop.gateway.account;

import java.util.UUID;

/** A business's company number is to be checked against Companies House once its transaction has committed. */
record CompanyCheckRequested(UUID businessId) {
}
