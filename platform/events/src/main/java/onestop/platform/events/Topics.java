package onestop.platform.events;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may publish on a topic. Topics are named {@code onestop.<service>.v<n>} and only that service writes
 * them, with the CloudEvents {@code source} {@code /onestop/<service>}: a consumer accepts an event only from
 * its topic's own publisher, so a client that can write to the broker cannot pass itself off as a service.
 */
public final class Topics {

    private static final Pattern TOPIC = Pattern.compile("onestop\\.([a-z][a-z0-9-]*)\\.v\\d+");

    private Topics() {
    }

    /** The {@code source} of the one service that publishes on {@code topic}. */
    public static URI publisherOf(String topic) {
        Matcher name = TOPIC.matcher(topic);
        if (!name.matches()) {
            throw new IllegalArgumentException("Not a OneStop topic name: " + topic);
        }
        return URI.create("/onestop/" + name.group(1));
    }
}
