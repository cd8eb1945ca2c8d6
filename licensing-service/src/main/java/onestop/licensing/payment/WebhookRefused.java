package onestop.licensing.payment;

import onestop.platform.problem.ProblemException;

/** A webhook whose {@code Pay-Signature} does not match its body: not from Pay, or changed on the way (401). */
public class WebhookRefused extends ProblemException {

    public WebhookRefused(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String slug() {
        return "bad-signature";
    }

    @Override
    public String title() {
        return "Signature does not match";
    }
}
