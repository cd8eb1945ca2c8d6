package onestop.portal.licensing;

import java.util.List;
import java.util.Map;

/** What the portal reads from an application's timeline. */
final class Timelines {

    private Timelines() {
    }

    /** The officer's latest request for information: the message of the last move into INFORMATION_REQUESTED. */
    static String informationRequest(List<?> timeline) {
        String message = null;
        for (Object entry : timeline) {
            if (entry instanceof Map<?, ?> line && "INFORMATION_REQUESTED".equals(line.get("to"))
                    && !"INFORMATION_REQUESTED".equals(line.get("from"))) {
                message = line.get("message") == null ? null : String.valueOf(line.get("message"));
            }
        }
        return message;
    }
}
