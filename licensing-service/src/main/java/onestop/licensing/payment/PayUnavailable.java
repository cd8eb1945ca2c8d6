package onestop.licensing.payment;

import java.util.Map;

import onestop.platform.problem.ProblemException;

/** GOV.UK Pay could not be reached or failed: nothing was charged or marked paid; try again later (503). */
public class PayUnavailable extends ProblemException {

    private final int retryAfterSeconds;

    public PayUnavailable(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String slug() {
        return "payments-unavailable";
    }

    @Override
    public String title() {
        return "Payments are unavailable";
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
