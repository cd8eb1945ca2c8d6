package onestop.gateway.notification;

import java.util.UUID;

/** What one event means for one party: who it is for, and the words of the notification. */
public record Notice(Audience audience, String kind, String title, String body, String link) {

    /** Who a notice is for: every user of a business, or every buyer of an organisation. */
    public sealed interface Audience {
    }

    public record BusinessUsers(UUID businessId) implements Audience {
    }

    public record OrganisationBuyers(String organisation) implements Audience {
    }
}
