package onestop.gateway.texts;

import java.time.Duration;
import java.util.Map;

import onestop.platform.problem.ProblemException;

/** The refusals of the text message routes that the platform's problems do not name. */
public final class TextProblems {

    private TextProblems() {
    }

    /** This OneStop sends no text messages: it sends mail through a mail server, or has no text template (409). */
    public static class TextsUnavailable extends ProblemException {

        public TextsUnavailable() {
            super("OneStop does not send text messages here: it has no text message service set up.");
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public String slug() {
            return "texts-unavailable";
        }

        @Override
        public String title() {
            return "Text messages not available";
        }
    }

    /** Too many security codes texted to one person within the hour (429 with Retry-After). */
    public static class TooManyCodes extends ProblemException {

        private final long seconds;

        public TooManyCodes(Duration retryAfter) {
            super("We have sent you too many security codes. Try again in "
                    + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minutes.");
            this.seconds = Math.max(1, retryAfter.toSeconds());
        }

        @Override
        public int status() {
            return 429;
        }

        @Override
        public String slug() {
            return "too-many-codes";
        }

        @Override
        public String title() {
            return "Too many security codes";
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", String.valueOf(seconds));
        }
    }
}
