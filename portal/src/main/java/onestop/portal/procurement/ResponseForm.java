package onestop.portal.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.opportunities.api.CharterMeasure;
import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.Commitment;
import onestop.opportunities.api.ResponseFields;
import onestop.opportunities.api.ResponseView;
import onestop.portal.FormError;

/**
 * A response as the supplier typed it: a summary, a price in pounds and up to {@link #ROWS} social value
 * commitments (fixed optional rows, so that no JavaScript is needed to add one). Rows left empty are not sent.
 */
@io.quarkus.qute.TemplateData
public class ResponseForm {

    /** The Birmingham Business Charter for Social Responsibility principles the API accepts. */
    public static final List<String> THEMES = List.of("LOCAL_EMPLOYMENT", "BUY_BIRMINGHAM_FIRST",
            "PARTNERS_IN_COMMUNITIES", "GOOD_EMPLOYER", "GREEN_AND_SUSTAINABLE", "ETHICAL_PROCUREMENT");
    static final int ROWS = 3;

    /** One commitment row; {@code number} counts from 1 for its legend. */
    @io.quarkus.qute.TemplateData
    public record Row(int number, String theme, String description, String measure, String target,
            String measureCode) {

        /** The form field id of this row's {@code field}: {@code sv-0-theme}. */
        public String id(String field) {
            return "sv-" + (number - 1) + "-" + field;
        }

        boolean used() {
            return !(theme.isEmpty() && description.isEmpty() && measure.isEmpty() && target.isEmpty()
                    && measureCode.isEmpty());
        }
    }

    public String responseId = "";
    public String summary = "";
    public String price = "";
    public List<Row> rows = new ArrayList<>();
    /** The lots ticked, on a notice divided into lots. */
    public List<String> lotIds = new ArrayList<>();
    /** The row of each commitment sent, by its index in the API's list. */
    private final List<Integer> sentRows = new ArrayList<>();

    static ResponseForm from(MultivaluedMap<String, String> form) {
        ResponseForm f = new ResponseForm();
        f.responseId = Pages.field(form, "responseId");
        f.summary = Pages.field(form, "summary");
        f.price = Pages.field(form, "price");
        f.lotIds = new ArrayList<>(Pages.fields(form, "lotIds"));
        for (int i = 0; i < ROWS; i++) {
            String prefix = "sv-" + i + "-";
            f.rows.add(new Row(i + 1, Pages.field(form, prefix + "theme"), Pages.field(form, prefix + "description"),
                    Pages.field(form, prefix + "measure"), Pages.field(form, prefix + "target"),
                    Pages.field(form, prefix + "measureCode")));
        }
        return f;
    }

    /** The supplier's response as the API answered it, to amend. */
    static ResponseForm of(ResponseView response) {
        ResponseForm f = empty();
        f.responseId = response.id().toString();
        f.summary = response.summary() == null ? "" : response.summary();
        f.price = Pounds.asTyped(response.pricePence());
        f.lotIds = response.lotIds() == null ? new ArrayList<>() : new ArrayList<>(response.lotIds());
        List<Commitment> commitments = response.socialValueCommitments() == null ? List.of()
                : response.socialValueCommitments();
        for (int i = 0; i < Math.min(ROWS, commitments.size()); i++) {
            Commitment c = commitments.get(i);
            f.rows.set(i, new Row(i + 1, c.theme() == null ? "" : c.theme().name(), text(c.description()),
                    text(c.measure()), c.target() == null ? "" : c.target().stripTrailingZeros().toPlainString(),
                    text(c.measureCode())));
        }
        return f;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static ResponseForm empty() {
        ResponseForm f = new ResponseForm();
        for (int i = 0; i < ROWS; i++) {
            f.rows.add(new Row(i + 1, "", "", "", "", ""));
        }
        return f;
    }

    public boolean bidsFor(String lotId) {
        return lotIds.contains(lotId);
    }

    public boolean amending() {
        return !responseId.isEmpty();
    }

    /**
     * The API's request; what cannot be read as money or a number is added to {@code errors} instead. A commitment
     * by a measure of the {@code catalogue} takes its principle and its words from there.
     */
    ResponseFields toFields(List<CharterMeasure> catalogue, List<FormError> errors) {
        Long pence = null;
        try {
            pence = Pounds.toPence(price);
        } catch (Pounds.NotMoney e) {
            errors.add(new FormError("price", "Enter the price as an amount in pounds, like 25000 or 25000.50"));
        }
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.used()) {
                continue;
            }
            BigDecimal target = target(row, errors);
            Optional<CharterMeasure> measure = catalogue.stream().filter(m -> m.code().equals(row.measureCode()))
                    .findFirst();
            commitments.add(measure.map(m -> new Commitment(m.theme(), row.description(), m.name(), target, m.code()))
                    .orElse(new Commitment(Pages.choice(CharterTheme.class, row.theme()), row.description(),
                            row.measure(), target, null)));
            sentRows.add(i);
        }
        return new ResponseFields(summary, pence, commitments, lotIds.isEmpty() ? null : lotIds);
    }

    /** The row's target as a number; null when empty, or with what is wrong in {@code errors}. */
    private static BigDecimal target(Row row, List<FormError> errors) {
        try {
            return row.target().isEmpty() ? null : new BigDecimal(row.target().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FormError(row.id("target"), "Enter the target of commitment " + row.number()
                    + " as a number, like 5"));
            return null;
        }
    }

    /** The form's field id for a field the API names: {@code socialValueCommitments[0].measure} → {@code sv-2-measure}. */
    String fieldId(String apiField) {
        var commitment = java.util.regex.Pattern.compile("socialValueCommitments\\[(\\d+)]\\.?(\\w*)").matcher(apiField);
        if (commitment.matches()) {
            int index = Integer.parseInt(commitment.group(1));
            int row = index < sentRows.size() ? sentRows.get(index) : 0;
            return "sv-" + row + "-" + (commitment.group(2).isEmpty() ? "theme" : commitment.group(2));
        }
        return apiField.equals("pricePence") ? "price" : apiField.startsWith("lotIds") ? "lotIds" : "summary";
    }

    /** What to enter in each field left empty, for the error messages. */
    Map<String, String> whatToEnter() {
        Map<String, String> what = new LinkedHashMap<>();
        what.put("summary", "a summary of your response");
        what.put("price", "your price in pounds");
        what.put("lotIds", "the lot or lots you bid for");
        for (Row row : rows) {
            String prefix = "sv-" + (row.number() - 1) + "-";
            what.put(prefix + "theme", "the Charter principle of commitment " + row.number());
            what.put(prefix + "description", "what you will do for commitment " + row.number());
            what.put(prefix + "measure", "how commitment " + row.number() + " is measured, or choose a measure");
            what.put(prefix + "target", "the target of commitment " + row.number());
        }
        return what;
    }
}
