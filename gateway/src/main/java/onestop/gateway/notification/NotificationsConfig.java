package onestop.gateway.notification;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The inbox and its emails ({@code onestop.gateway.notifications.*}). */
@ConfigMapping(prefix = "onestop.gateway.notifications")
public interface NotificationsConfig {

    /** The topics the inbox is filled from. */
    @WithDefault("onestop.licensing.v1,onestop.opportunities.v1")
    Set<String> topics();

    /**
     * Whether each notification is also sent by email (queued in the mail outbox; sent through SMTP or GOV.UK
     * Notify, or logged while the mailer is mocked).
     */
    @WithDefault("true")
    boolean email();
}
