package onestop.licensing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls GOV.UK Pay with the council's key, and turns "Pay could not be reached" or "Pay failed" (5xx) into
 * {@link PayUnavailable} (503, Retry-After). Pay's refusals of a request (4xx) stay
 * {@link WebApplicationException}s for the caller to judge.
 */
@ApplicationScoped
public class PayCalls {

    private static final Logger LOG = Logger.getLogger(PayCalls.class);

    @Inject
    @RestClient
    GovUkPay pay;

    @Inject
    PayConfig config;

    PayMessages.Payment create(PayMessages.CreatePayment request) {
        return refusalIsUnavailable(() -> pay.create(bearer(), request));
    }

    /**
     * The payment as Pay has it. One Pay does not know (404: a stand-in restarted, or another account's key) took
     * no money under this account: it is answered as ended, so that it holds nothing up.
     */
    PayMessages.Payment get(String payId) {
        try {
            return call(() -> pay.get(bearer(), payId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                LOG.warnf("GOV.UK Pay does not know payment %s: recorded as ended", payId);
                return new PayMessages.Payment(payId, 0, null,
                        new PayMessages.State("failed", true, "P0200", "Payment not found at GOV.UK Pay"), null);
            }
            LOG.errorf("GOV.UK Pay refused a request: HTTP %d", e.getResponse().getStatus());
            throw unavailable();
        }
    }

    void cancel(String payId) {
        call(() -> {
            pay.cancel(bearer(), payId);
            return null;
        });
    }

    PayMessages.Refund refund(String payId, long amount) {
        return call(() -> pay.refund(bearer(), payId, new PayMessages.RefundRequest(amount, amount)));
    }

    /** Pay refusing a create or a get is nothing the payer can put right: as unavailable, logged for the council. */
    private <T> T refusalIsUnavailable(java.util.function.Supplier<T> call) {
        try {
            return call(call);
        } catch (WebApplicationException e) {
            LOG.errorf("GOV.UK Pay refused a request: HTTP %d", e.getResponse().getStatus());
            throw unavailable();
        }
    }

    private String bearer() {
        return "Bearer " + config.apiKey();
    }

    private <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            LOG.warnf("GOV.UK Pay could not be reached: %s", e.getMessage());
            throw unavailable();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500 || e.getResponse().getStatus() == 401) {
                // a 401 is our key, not the payer: as unavailable to them as an outage, and logged for the council
                LOG.warnf("GOV.UK Pay answered %d", e.getResponse().getStatus());
                throw unavailable();
            }
            throw e;
        }
    }

    private PayUnavailable unavailable() {
        return new PayUnavailable("GOV.UK Pay cannot be reached at the moment. Nothing has been charged and the fee "
                + "is not marked paid. Try again in a few minutes.", config.retryAfterSeconds());
    }
}
