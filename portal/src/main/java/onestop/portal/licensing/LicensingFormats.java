package onestop.portal.licensing;

import io.quarkus.qute.TemplateExtension;

/** How the licensing pages show states: the GOV.UK tag colour of an application's or licence's status. */
@TemplateExtension(namespace = "licensing")
final class LicensingFormats {

    private LicensingFormats() {
    }

    /** {@code {licensing:tag(app.status)}} → "govuk-tag govuk-tag--green". */
    static String tag(Object status) {
        String colour = switch (String.valueOf(status)) {
            case "GRANTED", "ACTIVE" -> "green";
            case "REFUSED", "REVOKED" -> "red";
            case "INFORMATION_REQUESTED", "SUSPENDED" -> "orange";
            case "IN_CONSULTATION" -> "purple";
            case "UNDER_REVIEW" -> "light-blue";
            case "SUBMITTED" -> "blue";
            default -> "grey";
        };
        return "govuk-tag govuk-tag--" + colour;
    }
}
