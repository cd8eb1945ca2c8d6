package onestop.gateway.notification;

import java.util.UUID;

/**
 * What one event means for one party: who it is for, and the words of the notification; {@code texted} when it
 * needs the person soon (an officer's request, a hearing, a decision, a deadline), so that it goes by text message
 * too to those who asked for texts.
 */
public record Notice(Audience audience, String kind, String title, String body, String link, boolean texted) {

    public Notice(Audience audience, String kind, String title, String body, String link) {
        this(audience, kind, title, body, link, false);
    }

    /** The same notice, sent by text message too. */
    public Notice alsoTexted() {
        return new Notice(audience, kind, title, body, link, true);
    }

    /** Who a notice is for: every user of a business, or every buyer of an organisation. */
    public sealed interface Audience {
    }

    public record BusinessUsers(UUID businessId) implements Audience {
    }

    public record OrganisationBuyers(String organisation) implements Audience {
    }
}
