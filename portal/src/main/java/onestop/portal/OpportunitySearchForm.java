package onestop.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of the "Find opportunities" page as the user typed them. Only presentation is done here
 * (pounds to pence, "closing within 30 days" to a date); what the filters mean is the search API's.
 */
@io.quarkus.qute.TemplateData
public class OpportunitySearchForm {

    public static final List<String> TYPES = List.of("QUOTE", "TENDER", "FRAMEWORK", "SUBCONTRACT", "CHALLENGE");
    public static final List<String> SORTS = List.of("relevance", "closing", "published", "value");

    @QueryParam("q")
    public String q;

    @QueryParam("type")
    public List<String> type;

    @QueryParam("cpv")
    public String cpv;

    @QueryParam("minValue")
    public String minValue;

    @QueryParam("maxValue")
    public String maxValue;

    @QueryParam("closingWithin")
    public String closingWithin;

    @QueryParam("smeSuitable")
    public String smeSuitable;

    @QueryParam("vcseSuitable")
    public String vcseSuitable;

    @QueryParam("location")
    public String location;

    @QueryParam("sort")
    public String sort;

    @QueryParam("page")
    public Integer page;

    private final List<FormError> errors = new ArrayList<>();

    public List<FormError> errors() {
        return errors;
    }

    public boolean typeChosen(String value) {
        return type != null && type.contains(value);
    }

    /** The search API's query for these filters; records a field error for what cannot be read. */
    public List<Map.Entry<String, String>> toQuery(Clock clock) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        add(query, "q", q);
        if (type != null) {
            type.stream().filter(TYPES::contains).forEach(t -> add(query, "type", t));
        }
        if (cpv != null) {
            for (String code : cpv.split("[,\\s]+")) {
                add(query, "cpv", code);
            }
        }
        add(query, "minValuePence", pence("minValue", minValue, "minimum"));
        add(query, "maxValuePence", pence("maxValue", maxValue, "maximum"));
        if (closingWithin != null && closingWithin.matches("7|30|90")) {
            add(query, "closingBefore", Instant.now(clock).plus(Long.parseLong(closingWithin), ChronoUnit.DAYS).toString());
        }
        if ("true".equals(smeSuitable)) {
            add(query, "smeSuitable", "true");
        }
        if ("true".equals(vcseSuitable)) {
            add(query, "vcseSuitable", "true");
        }
        add(query, "location", location);
        if (sort != null && SORTS.contains(sort)) {
            add(query, "sort", sort);
        }
        add(query, "page", page == null || page < 0 ? null : String.valueOf(page));
        add(query, "size", "20");
        return query;
    }

    /** The filters as this page's own query, for links to other pages of the same search. */
    public List<Map.Entry<String, String>> asPageQuery() {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        add(query, "q", q);
        if (type != null) {
            type.forEach(t -> add(query, "type", t));
        }
        add(query, "cpv", cpv);
        add(query, "minValue", minValue);
        add(query, "maxValue", maxValue);
        add(query, "closingWithin", closingWithin);
        add(query, "smeSuitable", smeSuitable);
        add(query, "vcseSuitable", vcseSuitable);
        add(query, "location", location);
        add(query, "sort", sort);
        return query;
    }

    private String pence(String field, String pounds, String which) {
        if (pounds == null || pounds.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(pounds.replace(",", "").replace("£", "").trim());
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            return value.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            errors.add(new FormError(field, "Enter a " + which + " value in pounds, like 25000"));
            return null;
        }
    }

    private static void add(List<Map.Entry<String, String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new SimpleEntry<>(name, value.trim()));
        }
    }
}
