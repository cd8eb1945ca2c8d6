package onestop.gateway.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events concern whom, and what they are told. Licensing events name the business; opportunities
 * events name the asker, the saved search's owner, the winner and the other bidders, or the buyer.
 * Events that concern nobody (a draft saved, a notice published) make no notice.
 */
public final class NotificationRules {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(COUNCIL);

    /** The notices an event of {@code type} with JSON {@code data} makes; none for an event nobody needs to hear of. */
    public List<Notice> noticesFor(String type, JsonNode data) {
        return switch (type) {
            case "onestop.licensing.application.status-changed" -> applicationStatus(data);
            case "onestop.licensing.application.information-requested" -> business(data, "information-requested",
                    "More information needed for " + text(data, "reference"),
                    orElse(text(data, "message"), "The licensing officer needs more information from you.")
                            + " Update the application and resubmit it.",
                    applicationLink(data));
            case "onestop.licensing.licence.issued" -> business(data, "licence-issued",
                    "Licence " + text(data, "licenceNumber") + " issued",
                    "Your " + text(data, "licenceTypeCode") + " licence has been issued"
                            + date(data, "expiresAt").map(day -> " and is valid until " + day).orElse("") + ".",
                    licenceLink(data));
            case "onestop.licensing.licence.suspended" -> licenceChange(data, "licence-suspended", "suspended");
            case "onestop.licensing.licence.reinstated" -> licenceChange(data, "licence-reinstated", "reinstated");
            case "onestop.licensing.licence.revoked" -> licenceChange(data, "licence-revoked", "revoked");
            case "onestop.licensing.licence.expired" -> licenceChange(data, "licence-expired", "expired");
            case "onestop.licensing.licence.renewal-due" -> business(data, "licence-renewal-due",
                    "Licence " + text(data, "licenceNumber") + " expires soon",
                    "Your " + text(data, "licenceTypeCode") + " licence expires"
                            + date(data, "expiresAt").map(day -> " on " + day).orElse(" soon")
                            + ". Apply to renew it before then.",
                    licenceLink(data));
            case "onestop.opportunities.alert.raised" -> alert(data);
            case "onestop.opportunities.question.answered" -> uuid(data, "askerBusinessId")
                    .map(asker -> List.of(new Notice(new Notice.BusinessUsers(asker), "question-answered",
                            "Your question on " + text(data, "reference") + " has been answered",
                            "The buyer answered your clarification question on \"" + text(data, "title") + "\".",
                            opportunityLink(data))))
                    .orElse(List.of());
            case "onestop.opportunities.opportunity.awarded" -> award(data);
            case "onestop.opportunities.opportunity.document-added" -> documentAdded(data);
            case "onestop.opportunities.response.submitted" -> buyer(data, "response-received",
                    "New response to " + orElse(text(data, "opportunityReference"), text(data, "reference")),
                    "A supplier has responded to \"" + orElse(text(data, "title"), text(data, "opportunityReference"))
                            + "\".");
            case "onestop.opportunities.response.amended" -> buyer(data, "response-amended",
                    "Response " + text(data, "reference") + " amended",
                    "A supplier has amended its response to \"" + orElse(text(data, "title"),
                            text(data, "opportunityReference")) + "\" before the deadline.");
            case "onestop.opportunities.opportunity.closed" -> data.path("automatic").asBoolean(false)
                    ? buyer(data, "opportunity-closed", text(data, "reference") + " has closed",
                            "The closing time has passed; the responses are ready for evaluation.")
                    : List.of();
            default -> List.of();
        };
    }

    private List<Notice> applicationStatus(JsonNode data) {
        String status = text(data, "status");
        // Only the licensing service itself opens a draft (a licence needed after an award): tell the business.
        if ("DRAFT".equals(status) && text(data, "previousStatus").isEmpty()) {
            return business(data, "draft-opened", "Draft application " + text(data, "reference") + " opened for you",
                    orElse(text(data, "message"), "A draft application has been opened for you.")
                            + " Complete it and submit it.", applicationLink(data));
        }
        // INFORMATION_REQUESTED has its own event with the officer's message.
        if (status.isEmpty() || "DRAFT".equals(status) || "INFORMATION_REQUESTED".equals(status)) {
            return List.of();
        }
        String words = status.toLowerCase(Locale.ROOT).replace('_', ' ');
        String message = text(data, "message");
        return business(data, "application-status-changed",
                "Application " + text(data, "reference") + " is " + words,
                message.isEmpty() ? "Your application is now " + words + "." : message, applicationLink(data));
    }

    private List<Notice> licenceChange(JsonNode data, String kind, String verb) {
        String reason = text(data, "reason");
        return business(data, kind, "Licence " + text(data, "licenceNumber") + " " + verb,
                "Your " + text(data, "licenceTypeCode") + " licence has been " + verb
                        + (reason.isEmpty() ? "." : ": " + reason), licenceLink(data));
    }

    private List<Notice> alert(JsonNode data) {
        Optional<UUID> owner = uuid(data, "businessId").or(() -> uuid(data, "ownerBusinessId"));
        String search = text(data, "savedSearchName");
        return owner.map(business -> List.of(new Notice(new Notice.BusinessUsers(business), "opportunity-alert",
                "New opportunity: " + orElse(text(data, "title"), text(data, "reference")),
                text(data, "reference") + " matches your saved search"
                        + (search.isEmpty() ? "." : " \"" + search + "\"."),
                opportunityLink(data)))).orElse(List.of());
    }

    private List<Notice> award(JsonNode data) {
        List<Notice> notices = new ArrayList<>();
        String name = orElse(text(data, "title"), text(data, "reference"));
        Optional<UUID> winner = uuid(data, "businessId");
        winner.ifPresent(business -> notices.add(new Notice(new Notice.BusinessUsers(business), "award-made",
                "You have won " + text(data, "reference"),
                "The buyer has awarded \"" + name + "\" to you.", opportunityLink(data))));
        // added by the gateway from the responses it has seen (the event names the winner only)
        for (JsonNode loser : data.path("unsuccessfulBusinessIds")) {
            parse(loser.asText()).filter(business -> winner.map(w -> !w.equals(business)).orElse(true))
                    .ifPresent(business -> notices.add(new Notice(new Notice.BusinessUsers(business), "award-lost",
                            text(data, "reference") + " was awarded to another supplier",
                            "Thank you for responding to \"" + name + "\". This time it went to someone else.",
                            opportunityLink(data))));
        }
        return notices;
    }

    // added by the gateway from the responses it has seen: those who responded may want to amend
    private List<Notice> documentAdded(JsonNode data) {
        List<Notice> notices = new ArrayList<>();
        for (JsonNode respondent : data.path("respondentBusinessIds")) {
            parse(respondent.asText()).ifPresent(business -> notices.add(new Notice(new Notice.BusinessUsers(business),
                    "document-added", "New document on " + text(data, "reference"),
                    "The buyer added \"" + text(data, "name") + "\" to \"" + orElse(text(data, "title"),
                            text(data, "reference")) + "\". You can amend your response until the deadline.",
                    opportunityLink(data))));
        }
        return notices;
    }

    private List<Notice> business(JsonNode data, String kind, String title, String body, String link) {
        return uuid(data, "businessId")
                .map(business -> List.of(new Notice(new Notice.BusinessUsers(business), kind, title, body, link)))
                .orElse(List.of());
    }

    private List<Notice> buyer(JsonNode data, String kind, String title, String body) {
        String organisation = text(data, "buyer");
        return organisation.isEmpty() ? List.of()
                : List.of(new Notice(new Notice.OrganisationBuyers(organisation), kind, title, body,
                        "/buyer/notices/" + text(data, "opportunityId")));
    }

    private static String applicationLink(JsonNode data) {
        return "/applications/" + text(data, "applicationId");
    }

    private static String licenceLink(JsonNode data) {
        return "/licences/" + text(data, "licenceId");
    }

    private static String opportunityLink(JsonNode data) {
        return "/opportunities/" + text(data, "opportunityId");
    }

    private static Optional<String> date(JsonNode data, String field) {
        try {
            String value = text(data, field);
            return value.isEmpty() ? Optional.empty() : Optional.of(DAY.format(Instant.parse(value)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(JsonNode data, String field) {
        return parse(text(data, field));
    }

    private static Optional<UUID> parse(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
