package onestop.opportunities.procurement;

/**
 * The Procurement Act 2023 notices a procurement publishes, as Find a Tender types them: the OCDS document type
 * of the notice's document and the release tag it is published under.
 */
public enum NoticeType {
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
