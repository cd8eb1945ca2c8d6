package onestop.gateway.notification;

import static onestop.gateway.notification.NotificationRules.COUNCIL;
import static onestop.gateway.notification.NotificationRules.DAY;
import static onestop.gateway.notification.NotificationRules.business;
import static onestop.gateway.notification.NotificationRules.buyer;
import static onestop.gateway.notification.NotificationRules.buyerNoticeLink;
import static onestop.gateway.notification.NotificationRules.opportunityLink;
import static onestop.gateway.notification.NotificationRules.orElse;
import static onestop.gateway.notification.NotificationRules.orNone;
import static onestop.gateway.notification.NotificationRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import onestop.opportunities.api.AwardChallengeResolved;
import onestop.opportunities.api.AwardChallenged;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.api.StandstillExtended;

/**
 * Tells the winner and every other bidder of an award, and of its standstill made longer; the buyer of a challenge of
 * the award, and the challenger of its outcome.
 */
final class AwardNotices {

    private AwardNotices() {
    }

    static List<Notice> awarded(OpportunityAwarded data) {
        List<Notice> notices = new ArrayList<>();
        String name = orElse(text(data.title()), text(data.reference()));
        String link = opportunityLink(data.opportunityId());
        notices.addAll(business(data.businessId(), "award-made", "You have won " + text(data.reference()),
                "The buyer has awarded \"" + name + "\" to you.", link));
        for (UUID loser : orNone(data.unsuccessfulBusinessIds())) {
            if (!loser.equals(data.businessId())) {
                notices.addAll(business(loser, "award-lost",
                        text(data.reference()) + " was awarded to another supplier",
                        "Thank you for responding to \"" + name + "\". This time it went to someone else.", link));
            }
        }
        return notices;
    }

    /** The same words to the winner and the other bidders: the contract waits longer, and why. */
    static List<Notice> standstillExtended(StandstillExtended data) {
        String name = orElse(text(data.title()), text(data.reference()));
        String title = "Standstill on " + text(data.reference()) + " extended to " + day(data.standstillLastDay());
        String body = "The buyer has extended the standstill after the award of \"" + name + "\" from "
                + day(data.previousLastDay()) + " to " + day(data.standstillLastDay())
                + ": the contract will not be entered into before then. The buyer's reason: " + text(data.reason());
        List<Notice> notices = new ArrayList<>(business(data.businessId(), "standstill-extended", title, body,
                opportunityLink(data.opportunityId())));
        for (UUID bidder : orNone(data.unsuccessfulBusinessIds())) {
            if (!bidder.equals(data.businessId())) {
                notices.addAll(business(bidder, "standstill-extended", title, body,
                        opportunityLink(data.opportunityId())));
            }
        }
        return notices;
    }

    /** The buyer's staff hear that the award is challenged and the contract suspended until they record an outcome. */
    static List<Notice> challenged(AwardChallenged data) {
        String name = orElse(text(data.title()), text(data.reference()));
        return buyer(data.buyer(), "award-challenged", "Award of " + text(data.reference()) + " challenged",
                "A supplier that tendered has challenged the award of \"" + name + "\" during the standstill, which"
                        + " ends on " + day(data.standstillLastDay()) + ". The contract is suspended: it cannot be"
                        + " entered into until you record the challenge's outcome. Read the grounds and record it"
                        + " on the notice's standstill page.", buyerNoticeLink(data.opportunityId()) + "/standstill");
    }

    /** The challenger hears how its challenge ended, with the buyer's note. */
    static List<Notice> challengeResolved(AwardChallengeResolved data) {
        String name = orElse(text(data.title()), text(data.reference()));
        String outcome = data.outcome() == null ? "decided" : switch (data.outcome()) {
            case UPHELD -> "upheld";
            case DISMISSED -> "dismissed";
            case WITHDRAWN -> "recorded as withdrawn";
        };
        return business(data.businessId(), "award-challenge-resolved",
                "Your challenge of the award of " + text(data.reference()) + " was " + outcome,
                "The buyer has recorded that your challenge of the award of \"" + name + "\" was " + outcome
                        + ". The buyer's note: " + text(data.note()),
                "/opportunities/" + text(data.opportunityId()) + "/award-challenge");
    }

    private static String day(LocalDate day) {
        return day == null ? "a later date" : DAY.format(day.atStartOfDay(COUNCIL));
    }
}
