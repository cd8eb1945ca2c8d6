package onestop.opportunities.opportunity;

/** The {@code ETag} of a notice: its optimistic-lock version, quoted. */
public final class NoticeVersions {

    private NoticeVersions() {
    }

    public static String etag(Opportunity o) {
        return "\"" + o.version + "\"";
    }
}
