package onestop.portal.procurement;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.portal.FormError;

/**
 * A notice as the buyer typed it. Presentation only: pounds to pence, the UK closing date and time to an
 * instant, CPV codes split on commas; what a notice may contain is the service's to say.
 */
@io.quarkus.qute.TemplateData
public class NoticeForm {

    public static final List<String> TYPES = List.of("QUOTE", "TENDER", "FRAMEWORK", "SUBCONTRACT", "CHALLENGE");
    /** What a contract buys, for the Procurement Act's threshold, with the words the form shows. */
    public static final Map<String, String> CATEGORIES = new java.util.LinkedHashMap<>();

    static {
        CATEGORIES.put("SERVICES", "Services");
        CATEGORIES.put("GOODS", "Goods");
        CATEGORIES.put("WORKS", "Works");
        CATEGORIES.put("LIGHT_TOUCH", "Light-touch services (health, social, education and similar)");
    }
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public String version = "";
    /** The notice's status when the form was opened; empty for a new notice. */
    public String status = "";
    /** The deadline when the form was opened, to the second: typed back unchanged to the minute, it stays as it was. */
    public String closingWas = "";
    public String title = "";
    public String description = "";
    public String type = "";
    public String cpvCodes = "";
    public String valueMin = "";
    public String valueMax = "";
    public String valueGross = "";
    public String category = "SERVICES";
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
    public List<AwardCriteriaRows.Row> criteria = AwardCriteriaRows.of(null);
    /** Whether the notice had award criteria when the form was opened: emptying every row then clears them. */
    public boolean hadCriteria;
    /** The lots of a tender divided into lots, each with its own criteria. */
    public List<LotRows.Row> lots = LotRows.of(null);
    /** Whether the notice had lots when the form was opened: emptying every lot then clears them. */
    public boolean hadLots;

    static NoticeForm from(MultivaluedMap<String, String> form) {
        NoticeForm f = new NoticeForm();
        f.version = Pages.field(form, "version");
        f.status = Pages.field(form, "status");
        f.closingWas = Pages.field(form, "closingWas");
        f.title = Pages.field(form, "title");
        f.description = Pages.field(form, "description");
        f.type = Pages.field(form, "type");
        f.cpvCodes = Pages.field(form, "cpvCodes");
        f.valueMin = Pages.field(form, "valueMin");
        f.valueMax = Pages.field(form, "valueMax");
        f.valueGross = Pages.field(form, "valueGross");
        f.category = Pages.field(form, "category");
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
        f.criteria = AwardCriteriaRows.from(form);
        f.hadCriteria = "true".equals(Pages.field(form, "hadCriteria"));
        f.lots = LotRows.from(form);
        f.hadLots = "true".equals(Pages.field(form, "hadLots"));
        return f;
    }

    /** A draft as the API answered it, to edit; its version guards against saving over someone else's change. */
    static NoticeForm of(NoticeView notice) {
        NoticeForm f = new NoticeForm();
        f.version = "\"" + notice.version() + "\"";
        f.status = notice.status().name();
        f.title = text(notice.title());
        f.description = text(notice.description());
        f.type = notice.type() == null ? "" : notice.type().name();
        f.cpvCodes = String.join(", ", notice.cpvCodes());
        f.valueMin = Pounds.asTyped(notice.valueMinPence());
        f.valueMax = Pounds.asTyped(notice.valueMaxPence());
        if (notice.procurement() != null) {
            f.valueGross = Pounds.asTyped(notice.procurement().valueGrossPence());
            f.category = notice.procurement().category() == null ? "SERVICES" : notice.procurement().category().name();
            f.criteria = AwardCriteriaRows.of(notice.procurement().awardCriteria());
            f.hadCriteria = notice.procurement().awardCriteria() != null
                    && !notice.procurement().awardCriteria().isEmpty();
            f.lots = LotRows.of(notice.procurement().lots());
            f.hadLots = notice.procurement().lots() != null && !notice.procurement().lots().isEmpty();
        }
        if (notice.closingAt() != null) {
            f.closingWas = notice.closingAt().toString();
            ZonedDateTime closing = notice.closingAt().atZone(UK);
            f.closingDay = String.valueOf(closing.getDayOfMonth());
            f.closingMonth = String.valueOf(closing.getMonthValue());
            f.closingYear = String.valueOf(closing.getYear());
            f.closingTime = String.format("%02d:%02d", closing.getHour(), closing.getMinute());
        }
        f.location = text(notice.location());
        f.postcode = text(notice.postcode());
        f.smeSuitable = notice.smeSuitable();
        f.vcseSuitable = notice.vcseSuitable();
        f.requiredLicenceTypes = notice.requiredLicenceTypes();
        f.socialValueThemes = notice.socialValueThemes();
        f.parentOpportunityId = notice.parentOpportunityId() == null ? "" : notice.parentOpportunityId().toString();
        if (notice.contact() != null) {
            f.contactName = text(notice.contact().name());
            f.contactEmail = text(notice.contact().email());
            f.contactTelephone = text(notice.contact().telephone());
        }
        return f;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public boolean licenceChosen(String code) {
        return requiredLicenceTypes.contains(code);
    }

    /** The closing date as typed, for the date input. */
    public DateTyped closing() {
        return new DateTyped("closing", closingDay, closingMonth, closingYear);
    }

    public Map<String, String> categories() {
        return CATEGORIES;
    }

    public boolean themeChosen(String theme) {
        return socialValueThemes.contains(theme);
    }

    /**
     * The API's request: every field as typed (an empty optional one sent as null, which clears it on a draft);
     * what cannot be read (money, a date, an id) is added to {@code errors} instead.
     */
    NoticeFields toFields(List<FormError> errors) {
        // all three left empty clears the contact; otherwise the service says what is missing
        boolean noContact = (contactName + contactEmail + contactTelephone).isBlank();
        return new NoticeFields(title, description, Pages.choice(OpportunityType.class, type),
                Arrays.stream(cpvCodes.split("[,\\s]+")).filter(c -> !c.isEmpty()).toList(),
                pence(valueMin, "valueMin", "minimum", errors), pence(valueMax, "valueMax", "maximum", errors),
                Pages.nullIfBlank(location), Pages.nullIfBlank(postcode), closingAt(errors), smeSuitable, vcseSuitable,
                requiredLicenceTypes, socialValueThemes.stream().map(t -> Pages.choice(CharterTheme.class, t)).toList(),
                parentId(errors), noContact ? null
                        : new BuyerContact(contactName, Pages.nullIfBlank(contactEmail), Pages.nullIfBlank(contactTelephone)),
                Pages.choice(ProcurementCategory.class, category),
                pence(valueGross, "valueGross", "estimated (including VAT)", errors),
                AwardCriteriaRows.toCriteria(criteria, hadCriteria, errors), LotRows.toLots(lots, hadLots, errors));
    }

    private UUID parentId(List<FormError> errors) {
        if (parentOpportunityId.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(parentOpportunityId);
        } catch (IllegalArgumentException e) {
            errors.add(new FormError("parentOpportunityId",
                    "Enter the parent contract's notice ID as it appears in its address, like 3f2b…"));
            return null;
        }
    }

    private static Long pence(String typed, String field, String which, List<FormError> errors) {
        try {
            return Pounds.toPence(typed);
        } catch (Pounds.NotMoney e) {
            errors.add(new FormError(field, "Enter the " + which + " value as an amount in pounds, like 25000"));
            return null;
        }
    }

    private Instant closingAt(List<FormError> errors) {
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
        Instant typed = day.atTime(LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]))).atZone(UK)
                .toInstant();
        Instant was = closingWas();
        return was != null && was.truncatedTo(ChronoUnit.MINUTES).equals(typed) ? was : typed;
    }

    private Instant closingWas() {
        try {
            return closingWas.isEmpty() ? null : Instant.parse(closingWas);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the notice is published and open: a change to it publishes a new version at once. */
    public boolean open() {
        return "OPEN".equals(status);
    }

    /** The form's field id for a field the API names. */
    static String fieldId(String apiField) {
        String field = apiField.replaceAll("\\[\\d+]$", "");
        if (field.startsWith("awardCriteria")) {
            return "awardCriteria";
        }
        if (field.startsWith("lots")) {
            return "lots";
        }
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
