package onestop.gateway.notification;

import java.util.List;
import java.util.Locale;

import onestop.opportunities.api.ChallengeDecided;

/** Tells a supplier its outcome at a decided challenge stage: kept in, out, or funded for the next phase. */
final class ChallengeNotices {

    private ChallengeNotices() {
    }

    static List<Notice> decided(ChallengeDecided data) {
        if (data.businessId() == null || data.outcome() == null) {
            return List.of();
        }
        String name = data.title() == null || data.title().isEmpty() ? String.valueOf(data.reference()) : data.title();
        String stage = data.stage() == null ? "this stage"
                : data.stage().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " stage";
        String link = "/opportunities/" + data.opportunityId() + "/challenge";
        return switch (data.outcome()) {
            case IN -> notice(data, "challenge-kept-in", "You are through the " + stage + " of " + name,
                    "The buyer has kept you in the challenge \"" + name + "\" after the " + stage + ".", link);
            case FUNDED -> notice(data, "challenge-funded", "You are funded for the next phase of " + name,
                    "The buyer has kept you in the challenge \"" + name + "\" after the " + stage + " and awarded you "
                            + pounds(data.fundingPence()) + " for the next phase.", link);
            case OUT -> notice(data, "challenge-out", "The challenge " + name + " goes on without you",
                    "Thank you for taking part in \"" + name + "\". The buyer did not keep you in after the " + stage
                            + ".", link);
        };
    }

    private static List<Notice> notice(ChallengeDecided data, String kind, String title, String body, String link) {
        return List.of(new Notice(new Notice.BusinessUsers(data.businessId()), kind, title, body, link));
    }

    private static String pounds(long pence) {
        return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
    }
}
