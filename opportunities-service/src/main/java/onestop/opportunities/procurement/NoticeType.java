package onestop.opportunities.procurement;

/**
 * The Procurement Act 2023 notices a procurement publishes, as Find a Tender types them: the OCDS document type
 * of the notice's document and the release tag it is published under.
 */
public enum NoticeType {
    UK1("Pipeline notice", "plannedProcurementNotice", "planning"),
    UK2("Preliminary market engagement notice", "marketEngagementNotice", "planning"),
    UK3("Planned procurement notice", "plannedProcurementNotice", "planning"),
    UK4("Tender notice", "tenderNotice", "tender"),
    UK5("Transparency notice", "awardNotice", "award"),
    UK6("Contract award notice", "awardNotice", "award"),
    UK7("Contract details notice", "contractNotice", "contract"),
    UK10("Contract change notice", "contractNotice", "contractAmendment"),
    UK11("Contract termination notice", "contractNotice", "contractTermination"),
    UK12("Procurement termination notice", "tenderCancellationNotice", "tenderCancellation");

    private final String title;
    private final String documentType;
    private final String tag;

    NoticeType(String title, String documentType, String tag) {
        this.title = title;
        this.documentType = documentType;
        this.tag = tag;
    }

    /** The notice type a Find a Tender document names ({@code UK4}), if it is one this service keeps. */
    public static java.util.Optional<NoticeType> of(String noticeType) {
        return java.util.Arrays.stream(values()).filter(t -> t.name().equals(noticeType)).findFirst();
    }

    /** Whether the notice belongs to the planning of a procurement, before any tender. */
    public boolean isPlanning() {
        return this == UK1 || this == UK2 || this == UK3;
    }

    /** What the notice is called, "Tender notice". */
    public String title() {
        return title;
    }

    /** The OCDS {@code documentType} of the notice's document ({@code tenderNotice}). */
    public String documentType() {
        return documentType;
    }

    /** The OCDS release tag it is published under ({@code tender}). */
    public String tag() {
        return tag;
    }
}
