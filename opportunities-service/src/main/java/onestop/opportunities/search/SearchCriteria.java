package onestop.opportunities.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import onestop.opportunities.api.SearchParams;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.cpv.CpvCodes;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * A search, checked: what {@link SearchParams} asked for, with every value parsed. Also what a saved
 * search stores.
 *
 * @param q Contracts Finder keyword syntax: words (all must match), "quoted phrases", OR, -excluded
 * @param cpvPrefixes CPV filters as level prefixes ({@code 45100000-8} → {@code 451}); any may match
 * @param includeUnvalued whether notices without a stated value pass a value filter (default true)
 * @param parent only the subcontracts of this contract
 * @param programme only the notices of this programme
 */
public record SearchCriteria(String q, List<String> cpvPrefixes, List<OpportunityStatus> statuses,
        Long minValuePence, Long maxValuePence, boolean includeUnvalued, Instant closingAfter,
        Instant closingBefore, Boolean smeSuitable, Boolean vcseSuitable, String location, String postcode,
        String buyer, List<OpportunityType> types, SearchSort sort, UUID parent, UUID programme) {

    public static SearchCriteria from(SearchParams p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String q = blankToNull(p.q);
        if (q != null && q.length() > 500) {
            errors.add(new Problem.FieldError("q", FieldCodes.TOO_LONG, "must be at most 500 characters"));
        }
        List<String> prefixes = new ArrayList<>();
        for (String cpv : nonBlank(p.cpv)) {
            CpvCodes.searchPrefix(cpv).ifPresentOrElse(prefixes::add,
                    () -> errors.add(new Problem.FieldError("cpv", FieldCodes.PATTERN,
                            "'" + cpv + "' is not a CPV code or prefix of 2 to 8 digits")));
        }
        List<OpportunityStatus> statuses = enums(p.status, OpportunityStatus.class, "status", errors);
        if (statuses.contains(OpportunityStatus.DRAFT)) {
            errors.add(new Problem.FieldError("status", FieldCodes.NOT_ALLOWED, "drafts are not public"));
        }
        if (statuses.isEmpty()) {
            statuses = List.of(OpportunityStatus.OPEN);
        }
        Long min = number(p.minValuePence, "minValuePence", errors);
        Long max = number(p.maxValuePence, "maxValuePence", errors);
        if (min != null && max != null && min > max) {
            errors.add(new Problem.FieldError("maxValuePence", FieldCodes.OUT_OF_RANGE,
                    "must not be less than minValuePence"));
        }
        Boolean includeUnvalued = bool(p.includeUnvalued, "includeUnvalued", errors);
        Instant after = instant(p.closingAfter, "closingAfter", errors);
        Instant before = instant(p.closingBefore, "closingBefore", errors);
        Boolean sme = bool(p.smeSuitable, "smeSuitable", errors);
        Boolean vcse = bool(p.vcseSuitable, "vcseSuitable", errors);
        String postcode = blankToNull(p.postcode);
        if (postcode != null) {
            postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!postcode.matches("[A-Z0-9]{1,7}")) {
                errors.add(new Problem.FieldError("postcode", FieldCodes.PATTERN,
                        "must be the start of a UK postcode"));
            }
        }
        List<OpportunityType> types = enums(p.type, OpportunityType.class, "type", errors);
        List<SearchSort> sorts = enums(p.sort == null ? List.of() : List.of(p.sort), SearchSort.class, "sort", errors);
        SearchSort sort = sorts.isEmpty() ? (q == null ? SearchSort.CLOSING : SearchSort.RELEVANCE) : sorts.get(0);
        if (sort == SearchSort.RELEVANCE && q == null) {
            sort = SearchSort.CLOSING; // nothing to rank by without words
        }
        UUID parent = id(p.parent, "parent", errors);
        UUID programme = id(p.programme, "programme", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some search parameters are not valid.", errors);
        }
        return new SearchCriteria(q, List.copyOf(prefixes), List.copyOf(statuses), min, max,
                includeUnvalued == null || includeUnvalued, after, before, sme, vcse, blankToNull(p.location),
                postcode, blankToNull(p.buyer), types, sort, parent, programme);
    }

    public boolean hasValueFilter() {
        return minValuePence != null || maxValuePence != null;
    }

    private static <E extends Enum<E>> List<E> enums(List<String> values, Class<E> type, String field,
            List<Problem.FieldError> errors) {
        List<E> result = new ArrayList<>();
        for (String v : nonBlank(values)) {
            try {
                E e = Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
                if (!result.contains(e)) {
                    result.add(e);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, FieldCodes.NOT_ALLOWED,
                        "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            }
        }
        return result;
    }

    private static Long number(String value, String field, List<Problem.FieldError> errors) {
        String message = "must be a whole number of pence, 0 or more";
        Long n = parse(value, field, FieldCodes.NOT_A_NUMBER, message, errors, Long::parseLong);
        if (n != null && n < 0) {
            errors.add(new Problem.FieldError(field, FieldCodes.OUT_OF_RANGE, message));
            return null;
        }
        return n;
    }

    private static UUID id(String value, String field, List<Problem.FieldError> errors) {
        return parse(value, field, FieldCodes.PATTERN, "must be an id such as 3f2b9c1e-…", errors, UUID::fromString);
    }

    private static Boolean bool(String value, String field, List<Problem.FieldError> errors) {
        return parse(value, field, FieldCodes.INVALID, "must be true or false", errors, v -> {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException();
            }
            return Boolean.parseBoolean(v);
        });
    }

    private static Instant instant(String value, String field, List<Problem.FieldError> errors) {
        String message = "must be an ISO-8601 time such as 2026-03-01T12:00:00Z";
        return parse(value, field, FieldCodes.NOT_A_DATE, message, errors, v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
        });
    }

    private static <T> T parse(String value, String field, String code, String message,
            List<Problem.FieldError> errors, Function<String, T> parser) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (RuntimeException e) {
            errors.add(new Problem.FieldError(field, code, message));
            return null;
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
