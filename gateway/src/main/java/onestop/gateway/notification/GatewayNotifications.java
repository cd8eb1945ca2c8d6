package onestop.gateway.notification;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import onestop.gateway.account.UserAccount;
import onestop.gateway.dashboard.SupplierResponses;
import onestop.platform.consumer.EventHandler;

/**
 * Fills the inbox from both services' events. Runs in the chassis' transaction with the processed-event
 * mark, so a redelivered event adds nothing; emails go out only after that transaction commits.
 */
@ApplicationScoped
public class GatewayNotifications implements EventHandler {

    private final NotificationRules rules = new NotificationRules();
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final Event<NotificationsMade> made;
    private final SupplierResponses responses;

    GatewayNotifications(ObjectMapper json, NotificationsConfig config, Event<NotificationsMade> made,
            SupplierResponses responses) {
        this.json = json;
        this.config = config;
        this.made = made;
        this.responses = responses;
    }

    @Override
    public String name() {
        return "gateway-notifications";
    }

    @Override
    public Set<String> topics() {
        return config.topics();
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        List<Notice> notices = rules.noticesFor(event.getType(), withWhatTheGatewayKnows(event.getType(), data(event)));
        if (notices.isEmpty()) {
            return;
        }
        Instant at = event.getTime() == null ? Instant.now() : event.getTime().toInstant();
        List<NotificationsMade.Mail> mails = new ArrayList<>();
        Set<UUID> told = new HashSet<>();
        for (Notice notice : notices) {
            for (UserAccount user : recipients(notice.audience())) {
                if (!told.add(user.id)) {
                    continue;
                }
                Notification notification = new Notification();
                notification.id = UUID.randomUUID();
                notification.userId = user.id;
                notification.eventId = event.getId();
                notification.kind = notice.kind();
                notification.title = notice.title();
                notification.body = notice.body();
                notification.link = notice.link();
                notification.createdAt = at;
                notification.persist();
                mails.add(new NotificationsMade.Mail(user.email, notice.title(), notice.body()));
            }
        }
        if (!mails.isEmpty()) {
            made.fire(new NotificationsMade(mails));
        }
    }

    // Responses are kept per business, so that an award can tell the bidders who did not win, and a new
    // document the suppliers who already responded.
    private JsonNode withWhatTheGatewayKnows(String type, JsonNode data) {
        Optional<UUID> opportunity = uuid(data, "opportunityId");
        if ("onestop.opportunities.response.submitted".equals(type) && opportunity.isPresent()
                && uuid(data, "responseId").isPresent() && uuid(data, "businessId").isPresent()) {
            responses.submitted(uuid(data, "responseId").get(), uuid(data, "businessId").get(), opportunity.get(),
                    data.path("reference").asText(null), data.path("opportunityReference").asText(null),
                    data.path("title").asText(null), data.path("buyer").asText(null),
                    instant(data.path("submittedAt").asText(null)));
        } else if ("onestop.opportunities.opportunity.document-added".equals(type) && opportunity.isPresent()
                && data instanceof ObjectNode added && !added.has("respondentBusinessIds")) {
            ArrayNode list = added.putArray("respondentBusinessIds");
            responses.respondents(opportunity.get()).forEach(business -> list.add(business.toString()));
        } else if ("onestop.opportunities.opportunity.awarded".equals(type) && opportunity.isPresent()
                && data instanceof ObjectNode awarded) {
            List<UUID> losers = responses.awarded(opportunity.get(), uuid(data, "responseId"));
            if (!awarded.has("unsuccessfulBusinessIds")) {
                ArrayNode list = awarded.putArray("unsuccessfulBusinessIds");
                losers.forEach(loser -> list.add(loser.toString()));
            }
        }
        return data;
    }

    private static Optional<UUID> uuid(JsonNode data, String field) {
        try {
            return Optional.of(UUID.fromString(data.path(field).asText("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<UserAccount> recipients(Notice.Audience audience) {
        if (audience instanceof Notice.BusinessUsers business) {
            return UserAccount.ofBusiness(business.businessId());
        }
        return UserAccount.buyersOf(((Notice.OrganisationBuyers) audience).organisation());
    }

    private JsonNode data(CloudEvent event) throws IOException {
        return event.getData() == null ? MissingNode.getInstance() : json.readTree(event.getData().toBytes());
    }
}
