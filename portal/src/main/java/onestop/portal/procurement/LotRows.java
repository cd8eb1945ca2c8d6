package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.Lot;
import onestop.portal.FormError;

/**
 * A tender notice's lots as fixed rows of the notice form (no JavaScript needed to add one; a row left blank is no
 * lot): each with its title, description, values and {@link #CRITERIA} rows of award criteria. Whether the
 * weightings add up is the service's to say; its errors on {@code lots[...]} point at the lots' fieldset.
 */
final class LotRows {

    static final int ROWS = 3;
    static final int CRITERIA = 3;

    /** One criterion row of a lot. */
    @io.quarkus.qute.TemplateData
    public record Criterion(int lot, int number, String name, String kind, String weight) {

        /** Its field id for {@code field} (name, kind, weight): {@code lot-1-c2-weight}. */
        public String id(String field) {
            return "lot-" + lot + "-c" + number + "-" + field;
        }

        boolean blank() {
            return (name + kind + weight).isBlank();
        }
    }

    /** One lot row; {@code id} the lot's id on the notice (its row number for a new one). */
    @io.quarkus.qute.TemplateData
    public record Row(int number, String id, String title, String description, String value, String valueGross,
            List<Criterion> criteria) {

        /** Its field id for {@code field}; the first lot's title is {@code lots}, where the service's errors point. */
        public String fieldId(String field) {
            return number == 1 && field.equals("title") ? "lots" : "lot-" + number + "-" + field;
        }

        boolean blank() {
            return (title + description + value + valueGross).isBlank() && criteria.stream().allMatch(Criterion::blank);
        }
    }

    private LotRows() {
    }

    static List<Row> from(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            String p = "lot-" + n + "-";
            List<Criterion> criteria = new ArrayList<>();
            for (int m = 1; m <= CRITERIA; m++) {
                criteria.add(new Criterion(n, m, Pages.field(form, p + "c" + m + "-name"),
                        Pages.field(form, p + "c" + m + "-kind"), Pages.field(form, p + "c" + m + "-weight")));
            }
            String id = Pages.field(form, p + "id");
            rows.add(new Row(n, id.isEmpty() ? String.valueOf(n) : id, Pages.field(form, p + "title"),
                    Pages.field(form, p + "description"), Pages.field(form, p + "value"),
                    Pages.field(form, p + "valueGross"), criteria));
        }
        return rows;
    }

    static List<Row> of(List<Lot> lots) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            Lot lot = lots != null && n <= lots.size() ? lots.get(n - 1) : null;
            List<Criterion> criteria = new ArrayList<>();
            for (int m = 1; m <= CRITERIA; m++) {
                AwardCriterion c = lot != null && m <= lot.criteria().size() ? lot.criteria().get(m - 1) : null;
                criteria.add(c == null ? new Criterion(n, m, "", "", "") : new Criterion(n, m, c.name(),
                        c.kind().name(), c.weight() == null ? "" : c.weight().toString()));
            }
            rows.add(lot == null ? new Row(n, String.valueOf(n), "", "", "", "", criteria)
                    : new Row(n, lot.id(), text(lot.title()), text(lot.description()), Pounds.asTyped(lot.valuePence()),
                            Pounds.asTyped(lot.valueGrossPence()), criteria));
        }
        return rows;
    }

    /** The lots to send: null when none was filled in and the notice had none; an empty list clears them. */
    static List<Lot> toLots(List<Row> rows, boolean hadLots, List<FormError> errors) {
        List<Lot> lots = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            List<AwardCriterion> criteria = new ArrayList<>();
            for (Criterion c : row.criteria()) {
                if (c.blank()) {
                    continue;
                }
                Integer weight = null;
                try {
                    weight = c.weight().isEmpty() ? null : Integer.valueOf(c.weight().replace("%", "").trim());
                } catch (NumberFormatException e) {
                    errors.add(new FormError(c.id("weight"), "Lot " + row.number() + ", criterion " + c.number()
                            + ": enter the weighting as a whole number, like 60"));
                }
                criteria.add(new AwardCriterion(c.name(), Pages.choice(AwardCriterion.Kind.class, c.kind()), weight,
                        null));
            }
            lots.add(new Lot(row.id(), row.title(), Pages.nullIfBlank(row.description()),
                    pence(row.value(), row.fieldId("value"), row.number(), errors),
                    pence(row.valueGross(), row.fieldId("valueGross"), row.number(), errors), criteria));
        }
        return lots.isEmpty() ? hadLots ? List.of() : null : lots;
    }

    private static Long pence(String typed, String field, int lot, List<FormError> errors) {
        try {
            return Pounds.toPence(typed);
        } catch (Pounds.NotMoney e) {
            errors.add(new FormError(field, "Enter lot " + lot + "'s value as an amount in pounds, like 25000"));
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
