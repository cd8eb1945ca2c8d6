package onestop.opportunities.response;

import onestop.platform.problem.ProblemException;

/**
 * The buyer asked to read responses before the notice closed (409): tenders stay sealed until the deadline, so
 * that nobody, the buyer included, can see a price or an approach while others may still respond.
 */
public class TendersSealed extends ProblemException {

    public TendersSealed(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String slug() {
        return "tenders-sealed";
    }

    @Override
    public String title() {
        return "Tenders sealed until the deadline";
    }
}
