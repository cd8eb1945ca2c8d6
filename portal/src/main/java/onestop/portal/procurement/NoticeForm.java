package onestop.portal.procurement;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.portal.FormError;

/**
 * A notice as the buyer typed it. Presentation only: pounds to pence, the UK closing date and time to an
 * instant, CPV codes split on commas; what a notice may contain is the service's to say.
 */
@io.quarkus.qute.TemplateData
public class NoticeForm {

    public static final List<String> TYPES = List.of("QUOTE", "TENDER", "FRAMEWORK", "SUBCONTRACT", "CHALLENGE");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public String version = "";
    public String title = "";
    public String description = "";
    public String type = "";
    public String cpvCodes = "";
    public String valueMin = "";
    public String valueMax = "";
    public String closingDay = "";
    public String closingMonth = "";
    public String closingYear = "";
    public String closingTime = "";
    public String location = "";
    public String postcode = "";
    public boolean smeSuitable;
    public boolean vcseSuitable;
    public List<String> requiredLicenceTypes = List.of();
    public List<String> socialValueThemes = List.of();
    public String parentOpportunityId = "";
    public String contactName = "";
    public String contactEmail = "";
    public String contactTelephone = "";

    static NoticeForm from(MultivaluedMap<String, String> form) {
        NoticeForm f = new NoticeForm();
        f.version = Pages.field(form, "version");
        f.title = Pages.field(form, "title");
        f.description = Pages.field(form, "description");
        f.type = Pages.field(form, "type");
        f.cpvCodes = Pages.field(form, "cpvCodes");
        f.valueMin = Pages.field(form, "valueMin");
        f.valueMax = Pages.field(form, "valueMax");
        f.closingDay = Pages.field(form, "closing-day");
        f.closingMonth = Pages.field(form, "closing-month");
        f.closingYear = Pages.field(form, "closing-year");
        f.closingTime = Pages.field(form, "closingTime");
        f.location = Pages.field(form, "location");
        f.postcode = Pages.field(form, "postcode");
        f.smeSuitable = "true".equals(Pages.field(form, "smeSuitable"));
        f.vcseSuitable = "true".equals(Pages.field(form, "vcseSuitable"));
        f.requiredLicenceTypes = Pages.fields(form, "requiredLicenceTypes");
        f.socialValueThemes = Pages.fields(form, "socialValueThemes");
        f.parentOpportunityId = Pages.field(form, "parentOpportunityId");
        f.contactName = Pages.field(form, "contactName");
        f.contactEmail = Pages.field(form, "contactEmail");
        f.contactTelephone = Pages.field(form, "contactTelephone");
        return f;
    }

    /** A draft as the API answered it, to edit; {@code etag} guards against saving over someone else's change. */
    @SuppressWarnings("unchecked")
    static NoticeForm of(Map<String, Object> notice, String etag) {
        NoticeForm f = new NoticeForm();
        f.version = etag == null ? "" : etag;
        f.title = Pages.text(notice, "title");
        f.description = Pages.text(notice, "description");
        f.type = Pages.text(notice, "type");
        f.cpvCodes = String.join(", ", (List<String>) notice.getOrDefault("cpvCodes", List.of()));
        f.valueMin = Pounds.asTyped(notice.get("valueMinPence"));
        f.valueMax = Pounds.asTyped(notice.get("valueMaxPence"));
        if (notice.get("closingAt") != null) {
            ZonedDateTime closing = Instant.parse(notice.get("closingAt").toString()).atZone(UK);
            f.closingDay = String.valueOf(closing.getDayOfMonth());
            f.closingMonth = String.valueOf(closing.getMonthValue());
            f.closingYear = String.valueOf(closing.getYear());
            f.closingTime = String.format("%02d:%02d", closing.getHour(), closing.getMinute());
        }
        f.location = Pages.text(notice, "location");
        f.postcode = Pages.text(notice, "postcode");
        f.smeSuitable = Boolean.TRUE.equals(notice.get("smeSuitable"));
        f.vcseSuitable = Boolean.TRUE.equals(notice.get("vcseSuitable"));
        f.requiredLicenceTypes = (List<String>) notice.getOrDefault("requiredLicenceTypes", List.of());
        f.socialValueThemes = (List<String>) notice.getOrDefault("socialValueThemes", List.of());
        f.parentOpportunityId = Pages.text(notice, "parentOpportunityId");
        if (notice.get("contact") instanceof Map<?, ?> contact) {
            Map<String, Object> c = (Map<String, Object>) contact;
            f.contactName = Pages.text(c, "name");
            f.contactEmail = Pages.text(c, "email");
            f.contactTelephone = Pages.text(c, "telephone");
        }
        return f;
    }

    public boolean licenceChosen(String code) {
        return requiredLicenceTypes.contains(code);
    }

    public boolean themeChosen(String theme) {
        return socialValueThemes.contains(theme);
    }

    /** The API's body; what cannot be read (money, a date, an id) is added to {@code errors} instead. */
    Map<String, Object> toBody(List<FormError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("type", Pages.nullIfBlank(type));
        body.put("cpvCodes", Arrays.stream(cpvCodes.split("[,\\s]+")).filter(c -> !c.isEmpty()).toList());
        body.put("valueMinPence", pence(valueMin, "valueMin", "minimum", errors));
        body.put("valueMaxPence", pence(valueMax, "valueMax", "maximum", errors));
        body.put("closingAt", closingAt(errors));
        body.put("location", Pages.nullIfBlank(location));
        body.put("postcode", Pages.nullIfBlank(postcode));
        body.put("smeSuitable", smeSuitable);
        body.put("vcseSuitable", vcseSuitable);
        body.put("requiredLicenceTypes", requiredLicenceTypes);
        body.put("socialValueThemes", socialValueThemes);
        // all three left empty clears the contact; otherwise the service says what is missing
        boolean noContact = (contactName + contactEmail + contactTelephone).isBlank();
        body.put("contact", noContact ? null : contactBody());
        if (!parentOpportunityId.isEmpty()) {
            try {
                body.put("parentOpportunityId", UUID.fromString(parentOpportunityId).toString());
            } catch (IllegalArgumentException e) {
                errors.add(new FormError("parentOpportunityId",
                        "Enter the parent contract's notice ID as it appears in its address, like 3f2b…"));
            }
        }
        return body;
    }

    private Map<String, Object> contactBody() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", contactName);
        contact.put("email", Pages.nullIfBlank(contactEmail));
        contact.put("telephone", Pages.nullIfBlank(contactTelephone));
        return contact;
    }

    private static Long pence(String typed, String field, String which, List<FormError> errors) {
        try {
            return Pounds.toPence(typed);
        } catch (Pounds.NotMoney e) {
            errors.add(new FormError(field, "Enter the " + which + " value as an amount in pounds, like 25000"));
            return null;
        }
    }

    private String closingAt(List<FormError> errors) {
        boolean anyDate = !(closingDay + closingMonth + closingYear).isEmpty();
        if (!anyDate && closingTime.isEmpty()) {
            return null;
        }
        if (!anyDate) {
            errors.add(new FormError("closing-day", "Enter the closing date"));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(closingYear), Integer.parseInt(closingMonth), Integer.parseInt(closingDay));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FormError("closing-day", "Closing date must be a real date, like 31 3 2027"));
            return null;
        }
        if (!closingTime.matches("([01]?\\d|2[0-3])[:.][0-5]\\d")) {
            errors.add(new FormError("closingTime", "Enter the closing time in 24-hour format, like 17:00"));
            return null;
        }
        String[] hm = closingTime.split("[:.]");
        return day.atTime(LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]))).atZone(UK).toInstant().toString();
    }

    /** The form's field id for a field the API names. */
    static String fieldId(String apiField) {
        String field = apiField.replaceAll("\\[\\d+]$", "");
        return switch (field) {
            case "valueMinPence" -> "valueMin";
            case "valueMaxPence" -> "valueMax";
            case "closingAt" -> "closing-day";
            case "type" -> "type-QUOTE";
            case "requiredLicenceTypes" -> "requiredLicenceTypes";
            case "socialValueThemes" -> "socialValueThemes";
            case "contact", "contact.name" -> "contactName";
            case "contact.email" -> "contactEmail";
            case "contact.telephone" -> "contactTelephone";
            default -> field;
        };
    }

    /** A service's message with the API's names of the form's fields said as the form says them. */
    static String inWords(String message) {
        return message.replace("valueMinPence", "the minimum value").replace("valueMaxPence", "the maximum value");
    }

    static final Map<String, String> WHAT_TO_ENTER = Map.of("title", "a title", "description", "a description",
            "type-QUOTE", "the type of notice", "contactName", "the name of the person or team suppliers should contact");
}
