package onestop.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import onestop.opportunities.api.SearchParams;

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

    /**
     * The search API's filters for these fields, the part a saved search keeps (not the order or a closing date);
     * records a field error for what cannot be read. Call once per form.
     */
    public SearchParams toFilters() {
        SearchParams filters = new SearchParams();
        filters.q = text(q);
        filters.type = type == null ? null : type.stream().filter(TYPES::contains).toList();
        filters.cpv = cpv == null ? null
                : Arrays.stream(cpv.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
        filters.minValuePence = pence("minValue", minValue, "minimum");
        filters.maxValuePence = pence("maxValue", maxValue, "maximum");
        filters.smeSuitable = "true".equals(smeSuitable) ? "true" : null;
        filters.vcseSuitable = "true".equals(vcseSuitable) ? "true" : null;
        filters.location = text(location);
        return filters;
    }

    /** The search this page asks for: its filters, and the closing date and order chosen. Call once per form. */
    public SearchParams toSearch(Clock clock) {
        SearchParams search = toFilters();
        if (closingWithin != null && closingWithin.matches("7|30|90")) {
            search.closingBefore = Instant.now(clock).plus(Long.parseLong(closingWithin), ChronoUnit.DAYS).toString();
        }
        search.sort = sort != null && SORTS.contains(sort) ? sort : null;
        return search;
    }

    /** The page of results asked for, from 0. */
    public Integer page() {
        return page == null || page < 0 ? null : page;
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

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void add(List<Map.Entry<String, String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new SimpleEntry<>(name, value.trim()));
        }
    }
}
