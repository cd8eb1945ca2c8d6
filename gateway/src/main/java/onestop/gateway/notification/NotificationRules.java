package onestop.gateway.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicensingEvents;
import onestop.opportunities.api.AlertRaised;
import onestop.opportunities.api.AwardChallengeResolved;
import onestop.opportunities.api.AwardChallenged;
import onestop.opportunities.api.ChallengeDecided;
import onestop.opportunities.api.DocumentAdded;
import onestop.opportunities.api.DocumentRemoved;
import onestop.opportunities.api.OpportunityCancelled;
import onestop.opportunities.api.OpportunityChanged;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.api.OpportunityClosed;
import onestop.opportunities.api.QuestionAnswered;
import onestop.opportunities.api.ResponseAmended;
import onestop.opportunities.api.ResponseSubmitted;
import onestop.opportunities.api.StandstillExtended;

/**
 * Which events concern whom, and what they are told. Licensing events name the business; opportunities
 * events name the asker, the saved search's owner, the winner and the other bidders, the respondents, or the
 * buyer. Events that concern nobody (a draft saved, a notice published) make no notice.
 */
public final class NotificationRules {

    static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(COUNCIL);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(COUNCIL);
    private static final Map<String, Class<?>> DATA = new HashMap<>();
    /** What a supplier does when the notice it tendered against changed after it responded. */
    private static final String CONFIRM_OR_AMEND = "Check your response still answers it, then confirm it or amend "
            + "it before the deadline.";
    /** The licence events told in one sentence: "Your ... licence has been suspended". */
    private static final Map<String, String> LICENCE_CHANGES = Map.of(
            LicensingEvents.LICENCE_SUSPENDED.value(), "suspended",
            LicensingEvents.LICENCE_REINSTATED.value(), "reinstated",
            LicensingEvents.LICENCE_REVOKED.value(), "revoked",
            LicensingEvents.LICENCE_EXPIRED.value(), "expired");

    /**
     * The kinds that need the person soon, and so also go by text message to those who asked for texts: an
     * officer's request, a hearing, a decision after it, a licence suspended, revoked, expired or due for renewal,
     * and an award (its standstill period is short). A decision without a hearing is texted too
     * ({@code application-status-changed} to granted or refused).
     */
    private static final Set<String> TEXTED = Set.of("information-requested", "hearing-scheduled",
            "decision-after-hearing", "licence-suspended", "licence-revoked", "licence-expired",
            "licence-renewal-due", "award-made", "award-lost");

    static {
        DATA.putAll(LicensingEvents.dataRecords());
        DATA.putAll(OpportunitiesEvents.dataRecords());
    }

    /** The record the data of an event of {@code type} is read into; null for a type no service publishes. */
    public static Class<?> dataRecordOf(String type) {
        return DATA.get(type);
    }

    /** The notices an event of {@code type} with {@code data} (its record) makes; none for an event nobody needs to hear of. */
    public List<Notice> noticesFor(String type, Object data) {
        return notices(type, data).stream().map(notice -> TEXTED.contains(notice.kind()) ? notice.alsoTexted() : notice)
                .toList();
    }

    private List<Notice> notices(String type, Object data) {
        if (data instanceof ApplicationEvent application) {
            return application(type, application);
        }
        if (data instanceof LicenceEvent licence) {
            return licence(type, licence);
        }
        if (data instanceof AlertRaised alert) {
            return alert(alert);
        }
        if (data instanceof ChallengeDecided decided) {
            return ChallengeNotices.decided(decided);
        }
        if (data instanceof QuestionAnswered answered) {
            return answered(answered);
        }
        if (data instanceof OpportunityAwarded award) {
            return AwardNotices.awarded(award);
        }
        if (data instanceof StandstillExtended extended) {
            return AwardNotices.standstillExtended(extended);
        }
        if (data instanceof AwardChallenged challenged) {
            return AwardNotices.challenged(challenged);
        }
        if (data instanceof AwardChallengeResolved resolved) {
            return AwardNotices.challengeResolved(resolved);
        }
        if (data instanceof DocumentAdded added) {
            return documentAdded(added);
        }
        if (data instanceof DocumentRemoved removed) {
            return documentRemoved(removed);
        }
        if (data instanceof OpportunityChanged changed) {
            return changed(changed);
        }
        if (data instanceof OpportunityCancelled cancelled) {
            return cancelled(cancelled);
        }
        if (data instanceof ResponseSubmitted response) {
            return buyer(response.buyer(), "response-received",
                    "New response to " + orElse(text(response.opportunityReference()), text(response.reference())),
                    "A supplier has responded to \"" + orElse(text(response.title()),
                            text(response.opportunityReference())) + "\".",
                    buyerNoticeLink(response.opportunityId()));
        }
        if (data instanceof ResponseAmended response) {
            return buyer(response.buyer(), "response-amended",
                    "Response " + text(response.reference()) + " amended",
                    "A supplier has amended its response to \"" + orElse(text(response.title()),
                            text(response.opportunityReference())) + "\" before the deadline.",
                    buyerNoticeLink(response.opportunityId()));
        }
        if (data instanceof OpportunityClosed closed && closed.automatic()) {
            return buyer(closed.buyer(), "opportunity-closed",
                    text(closed.reference()) + " has closed",
                    "The closing time has passed; the responses are ready for evaluation.",
                    buyerNoticeLink(closed.opportunityId()));
        }
        return List.of();
    }

    private List<Notice> application(String type, ApplicationEvent data) {
        if (LicensingEvents.APPLICATION_STATUS_CHANGED.value().equals(type)) {
            return applicationStatus(data);
        }
        if (LicensingEvents.APPLICATION_TARGET_EXTENDED.value().equals(type)) {
            return business(data.businessId(), "target-extended",
                    "Decision on " + text(data.reference()) + " now due by "
                            + Optional.ofNullable(data.dueDate()).map(DAY::format).orElse("a later date"),
                    orElse(text(data.message()), "The licensing officer has extended the target period once."),
                    applicationLink(data));
        }
        if (LicensingEvents.APPLICATION_HEARING_SCHEDULED.value().equals(type)) {
            return business(data.businessId(), "hearing-scheduled", "Hearing on " + text(data.reference()),
                    "The licensing sub-committee will hear your application"
                            + Optional.ofNullable(data.hearingStartsAt()).map(at -> " on " + WHEN.format(at)).orElse("")
                            + (text(data.hearingPlace()).isEmpty() ? "" : " at " + data.hearingPlace())
                            + ". You may attend and speak; the representations are on your application.",
                    applicationLink(data));
        }
        if (LicensingEvents.APPLICATION_INFORMATION_REQUESTED.value().equals(type)) {
            return business(data.businessId(), "information-requested",
                    "More information needed for " + text(data.reference()),
                    orElse(text(data.message()), "The licensing officer needs more information from you.")
                            + " Update the application and resubmit it.",
                    applicationLink(data));
        }
        return List.of();
    }

    private List<Notice> applicationStatus(ApplicationEvent data) {
        ApplicationStatus status = data.status();
        // Only the licensing service itself opens a draft (a licence needed after an award): tell the business.
        if (status == ApplicationStatus.DRAFT && data.previousStatus() == null) {
            return business(data.businessId(), "draft-opened",
                    "Draft application " + text(data.reference()) + " opened for you",
                    orElse(text(data.message()), "A draft application has been opened for you.")
                            + " Complete it and submit it.", applicationLink(data));
        }
        // INFORMATION_REQUESTED has its own event with the officer's message.
        if (status == null || status == ApplicationStatus.DRAFT || status == ApplicationStatus.INFORMATION_REQUESTED) {
            return List.of();
        }
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String message = text(data.message());
        // a decision after a hearing: its message gives the outcome and the last day to appeal
        if (!status.isOpen() && data.hearingStartsAt() != null) {
            return business(data.businessId(), "decision-after-hearing",
                    "Decision on " + text(data.reference()) + " after the hearing",
                    orElse(message, "Your application is now " + words + ".")
                            + Optional.ofNullable(data.appealDeadline()).map(d -> DAY.format(d.atStartOfDay(COUNCIL)))
                                    .filter(day -> !message.contains(day))
                                    .map(day -> " You may appeal to the magistrates' court until " + day + ".")
                                    .orElse(""),
                    applicationLink(data));
        }
        List<Notice> notices = business(data.businessId(), "application-status-changed",
                "Application " + text(data.reference()) + " is " + words,
                message.isEmpty() ? "Your application is now " + words + "." : message, applicationLink(data));
        // a decision is texted; the steps on the way, and a withdrawal (the business's own, mostly), are not
        boolean decision = status == ApplicationStatus.GRANTED || status == ApplicationStatus.REFUSED;
        return decision ? notices.stream().map(Notice::alsoTexted).toList() : notices;
    }

    private List<Notice> licence(String type, LicenceEvent data) {
        if (LicensingEvents.LICENCE_ISSUED.value().equals(type)) {
            return business(data.businessId(), "licence-issued", "Licence " + text(data.licenceNumber()) + " issued",
                    "Your " + licenceNamed(data) + " has been issued"
                            + date(data.expiresAt()).map(day -> " and is valid until " + day).orElse("") + ".",
                    licenceLink(data));
        }
        if (LicensingEvents.LICENCE_RENEWAL_DUE.value().equals(type)) {
            return business(data.businessId(), "licence-renewal-due",
                    "Licence " + text(data.licenceNumber()) + " expires soon",
                    "Your " + licenceNamed(data) + " expires"
                            + date(data.expiresAt()).map(day -> " on " + day).orElse(" soon")
                            + ". Apply to renew it before then.",
                    licenceLink(data));
        }
        if (LicensingEvents.LICENCE_TRANSFERRED.value().equals(type)) {
            return transferred(data);
        }
        if (LicensingEvents.LICENCE_TRANSFER_REQUESTED.value().equals(type)) { // the holder's consent is asked (s.44)
            return business(data.businessId(), "licence-transfer-requested",
                    "Consent asked to transfer licence " + text(data.licenceNumber()),
                    "Another business has applied to take over your " + licenceNamed(data)
                            + ". It cannot submit its application until you give or refuse your consent.",
                    "/licences/transfers");
        }
        if (LicensingEvents.LICENCE_EXPIRED.value().equals(type) && data.renewedBy() != null) {
            // the holder renewed in time: what they need to hear is that the renewal now applies
            return business(data.businessId(), "licence-renewal-in-force",
                    "Licence " + text(data.renewedBy()) + " now in force",
                    "Your " + licenceNamed(data) + " has reached its end date. Licence " + text(data.renewedBy())
                            + ", its renewal, carries on from it.", "/licences");
        }
        String verb = LICENCE_CHANGES.get(type);
        return verb == null ? List.of() : licenceChange(data, "licence-" + verb, verb);
    }

    // the new holder is told it holds the licence; the old one that it no longer does
    private List<Notice> transferred(LicenceEvent data) {
        List<Notice> notices = new ArrayList<>(business(data.businessId(), "licence-transferred-to-you",
                "Licence " + text(data.licenceNumber()) + " transferred to you",
                "The " + licenceNamed(data) + " has been transferred to you.", licenceLink(data)));
        if (data.previousBusinessId() != null && !data.previousBusinessId().equals(data.businessId())) {
            notices.addAll(business(data.previousBusinessId(), "licence-transferred-away",
                    "Licence " + text(data.licenceNumber()) + " transferred",
                    "Your " + licenceNamed(data)
                            + " has been transferred to its new holder, with your consent. You no longer hold it.",
                    "/licences"));
        }
        return notices;
    }

    private List<Notice> licenceChange(LicenceEvent data, String kind, String verb) {
        String reason = text(data.reason());
        return business(data.businessId(), kind, "Licence " + text(data.licenceNumber()) + " " + verb,
                "Your " + licenceNamed(data) + " has been " + verb
                        + (reason.isEmpty() ? "." : ": " + reason), licenceLink(data));
    }

    private List<Notice> alert(AlertRaised data) {
        String search = text(data.savedSearchName());
        String why = Boolean.TRUE.equals(data.matchedInterests()) ? " is in the work your supplier profile says you are interested in."
                : " matches your saved search" + (search.isEmpty() ? "." : " \"" + search + "\".");
        return business(data.businessId(), "opportunity-alert",
                "New opportunity: " + orElse(text(data.title()), text(data.reference())), text(data.reference()) + why,
                opportunityLink(data.opportunityId()));
    }

    private List<Notice> answered(QuestionAnswered data) {
        return business(data.askerBusinessId(), "question-answered",
                "Your question on " + text(data.reference()) + " has been answered",
                "The buyer answered your clarification question on \"" + text(data.title()) + "\".",
                opportunityLink(data.opportunityId()));
    }

    // the documents are part of what those who responded tendered against: they confirm or amend
    private List<Notice> documentAdded(DocumentAdded data) {
        return toRespondents(data.respondentBusinessIds(), data.opportunityId(), "document-added",
                "New document on " + text(data.reference()), confirmOrAmend("The buyer added \"" + text(data.name())
                        + "\" to \"" + orElse(text(data.title()), text(data.reference())) + "\""));
    }

    private List<Notice> documentRemoved(DocumentRemoved data) {
        return toRespondents(data.respondentBusinessIds(), data.opportunityId(), "document-removed",
                "Document removed from " + text(data.reference()), confirmOrAmend("The buyer removed \""
                        + text(data.name()) + "\" from \"" + orElse(text(data.title()), text(data.reference()))
                        + "\""));
    }

    // the notice those who responded tendered against has changed: they confirm or amend
    private List<Notice> changed(OpportunityChanged data) {
        return toRespondents(data.respondentBusinessIds(), data.opportunityId(), "notice-changed",
                "Notice " + text(data.reference()) + " has changed",
                confirmOrAmend("The buyer changed \"" + orElse(text(data.title()), text(data.reference())) + "\""));
    }

    // those who responded learn that there will be no award, and why
    private List<Notice> cancelled(OpportunityCancelled data) {
        return toRespondents(data.respondentBusinessIds(), data.opportunityId(), "notice-cancelled",
                "Notice " + text(data.reference()) + " cancelled", "The buyer cancelled \""
                        + orElse(text(data.title()), text(data.reference())) + "\", which you responded to, so there"
                        + " will be no award: " + text(data.reason()));
    }

    /** What the buyer {@code did} to a notice after they responded: they confirm their response or amend it. */
    private static String confirmOrAmend(String did) {
        return did + " after you responded. " + CONFIRM_OR_AMEND;
    }

    /** The same notice to each business that responded to a notice, linking to it. */
    private List<Notice> toRespondents(List<UUID> respondents, UUID opportunityId, String kind, String title,
            String body) {
        List<Notice> notices = new ArrayList<>();
        for (UUID respondent : orNone(respondents)) {
            notices.addAll(business(respondent, kind, title, body, opportunityLink(opportunityId)));
        }
        return notices;
    }

    static List<Notice> business(UUID business, String kind, String title, String body, String link) {
        return business == null ? List.of()
                : List.of(new Notice(new Notice.BusinessUsers(business), kind, title, body, link));
    }

    /** The same notice to the staff of a buyer organisation, linking to {@code link}. */
    static List<Notice> buyer(String organisation, String kind, String title, String body, String link) {
        return organisation == null || organisation.isEmpty() ? List.of()
                : List.of(new Notice(new Notice.OrganisationBuyers(organisation), kind, title, body, link));
    }

    /** The buyer's page of one of its notices. */
    static String buyerNoticeLink(UUID opportunityId) {
        return "/buyer/notices/" + text(opportunityId);
    }

    private static String applicationLink(ApplicationEvent data) {
        return "/applications/" + text(data.applicationId());
    }

    private static String licenceLink(LicenceEvent data) {
        return "/licences/" + text(data.licenceId());
    }

    /**
     * The licence as a person names it: its type's name from the catalogue and its number, "premises licence
     * PL-000009" (the first letter kept when the second is a capital too, as in "HMO ..."); "licence PL-000009" from an
     * older event without the name.
     */
    public static String licenceNamed(LicenceEvent data) {
        String name = typeNamed(data.licenceTypeName());
        return (name.isEmpty() ? "licence" : name) + " " + text(data.licenceNumber());
    }

    /** A licence type's name as it reads inside a sentence, "premises licence"; empty when there is none. */
    public static String typeNamed(String typeName) {
        String name = text(typeName).strip();
        if (name.length() > 1 && !Character.isUpperCase(name.charAt(1))) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    static String opportunityLink(UUID opportunityId) {
        return "/opportunities/" + text(opportunityId);
    }

    private static Optional<String> date(Instant at) {
        return Optional.ofNullable(at).map(DAY::format);
    }

    static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
