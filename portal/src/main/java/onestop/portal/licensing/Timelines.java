package onestop.portal.licensing;

import java.util.List;

import onestop.licensing.api.TimelineView;

/** What the portal reads from an application's timeline. */
final class Timelines {

    private Timelines() {
    }

    /** The officer's latest request for information: the message of the last move into INFORMATION_REQUESTED. */
    static String informationRequest(List<TimelineView> timeline) {
        String message = null;
        for (TimelineView line : timeline) {
            if ("INFORMATION_REQUESTED".equals(line.to()) && !"INFORMATION_REQUESTED".equals(line.from())) {
                message = line.message();
            }
        }
        return message;
    }
}
