package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.opportunities.api.AwardCriterion;
import onestop.portal.FormError;

/**
 * A notice's award criteria as rows of the notice form (name, kind, weighting in percent). A row left blank is
 * not a criterion; whether the weightings add up to 100 is the service's to say.
 */
final class AwardCriteriaRows {

    /** How many rows the form offers: enough for price, quality and social value split further. */
    static final int ROWS = 5;

    /** One row as typed; {@code number} from 1, for the field ids; the description is kept, not edited here. */
    @io.quarkus.qute.TemplateData
    public record Row(int number, String name, String kind, String weight, String description) {

        boolean blank() {
            return (name + kind + weight).isBlank();
        }

        /** Its field id: the first row's name is {@code awardCriteria}, where the service's errors point. */
        public String nameId() {
            return number == 1 ? "awardCriteria" : "criterionName-" + number;
        }
    }

    private AwardCriteriaRows() {
    }

    static List<Row> from(MultivaluedMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            rows.add(new Row(n, Pages.field(form, "criterionName-" + n), Pages.field(form, "criterionKind-" + n),
                    Pages.field(form, "criterionWeight-" + n), Pages.field(form, "criterionDescription-" + n)));
        }
        return rows;
    }

    static List<Row> of(List<AwardCriterion> criteria) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            AwardCriterion c = criteria != null && n <= criteria.size() ? criteria.get(n - 1) : null;
            rows.add(c == null ? new Row(n, "", "", "", "")
                    : new Row(n, c.name(), c.kind().name(), c.weight() == null ? "" : c.weight().toString(),
                            c.description() == null ? "" : c.description()));
        }
        return rows;
    }

    /**
     * The criteria to send: null when no row was filled in (nothing sent, nothing changed), or an empty list when
     * the notice had criteria and every row was emptied (which clears them). A weighting that is not a whole
     * number is added to {@code errors}.
     */
    static List<AwardCriterion> toCriteria(List<Row> rows, boolean hadCriteria, List<FormError> errors) {
        List<AwardCriterion> criteria = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            Integer weight = null;
            if (!row.weight().isEmpty()) {
                try {
                    weight = Integer.valueOf(row.weight().replace("%", "").trim());
                } catch (NumberFormatException e) {
                    errors.add(new FormError(row.number() == 1 ? "awardCriteria" : "criterionWeight-" + row.number(),
                            "Award criterion " + row.number() + ": enter the weighting as a whole number, like 60"));
                }
            }
            criteria.add(new AwardCriterion(row.name(), Pages.choice(AwardCriterion.Kind.class, row.kind()), weight,
                    Pages.nullIfBlank(row.description())));
        }
        if (criteria.isEmpty()) {
            return hadCriteria ? List.of() : null;
        }
        return criteria;
    }
}
