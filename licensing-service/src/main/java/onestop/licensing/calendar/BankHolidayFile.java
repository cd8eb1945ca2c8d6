package onestop.licensing.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * Reads GOV.UK's {@code https://www.gov.uk/bank-holidays.json}: an object of divisions ({@code england-and-wales},
 * {@code scotland}, {@code northern-ireland}), each {@code {division, events: [{title, date, notes, bunting}]}}.
 * Every division given is checked; England and Wales is required, since it is the one the statutory periods of
 * this council count by. Any fault is a 400 naming each field at fault ({@code england-and-wales.events[3].date}).
 */
public final class BankHolidayFile {

    public static final String ENGLAND_AND_WALES = "england-and-wales";
    static final Set<String> DIVISIONS = Set.of(ENGLAND_AND_WALES, "scotland", "northern-ireland");
    static final int MAX_EVENTS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFile() {
    }

    /** The England and Wales days of a file, or a 400 listing every fault. */
    public static PublishedHolidays read(String document, String source) {
        return PublishedHolidays.of(englandAndWales(parse(document)), source);
    }

    static JsonNode parse(String document) {
        JsonNode root;
        try {
            root = document == null || document.isBlank() ? null : JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw invalid("The bank holiday file is not JSON: " + e.getOriginalMessage(),
                    List.of(new Problem.FieldError("body", FieldCodes.INVALID, "is not JSON")));
        }
        if (root == null || !root.isObject()) {
            throw invalid("The bank holiday file must be a JSON object of divisions, as GOV.UK publishes it.",
                    List.of(new Problem.FieldError("body", FieldCodes.REQUIRED, "must be a JSON object")));
        }
        return root;
    }

    private static Set<LocalDate> englandAndWales(JsonNode root) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<LocalDate> days = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> division = it.next();
            if (!DIVISIONS.contains(division.getKey())) {
                errors.add(new Problem.FieldError(division.getKey(), FieldCodes.NOT_A_FIELD,
                        "is not a division: england-and-wales, scotland or northern-ireland"));
                continue;
            }
            Set<LocalDate> read = division(division.getKey(), division.getValue(), errors);
            if (division.getKey().equals(ENGLAND_AND_WALES)) {
                days.addAll(read);
            }
        }
        if (!root.has(ENGLAND_AND_WALES)) {
            errors.add(new Problem.FieldError(ENGLAND_AND_WALES, FieldCodes.REQUIRED, "is required"));
        } else if (days.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError(ENGLAND_AND_WALES + ".events", FieldCodes.TOO_SHORT,
                    "must list at least one bank holiday"));
        }
        if (!errors.isEmpty()) {
            throw invalid("The bank holiday file is not in GOV.UK's bank-holidays.json format; nothing was changed.",
                    errors);
        }
        return days;
    }

    private static Set<LocalDate> division(String name, JsonNode node, List<Problem.FieldError> errors) {
        Set<LocalDate> days = new TreeSet<>();
        if (!node.isObject()) {
            errors.add(new Problem.FieldError(name, FieldCodes.INVALID, "must be an object with division and events"));
            return days;
        }
        JsonNode division = node.get("division");
        if (division != null && !division.asText().equals(name)) {
            errors.add(new Problem.FieldError(name + ".division", FieldCodes.INVALID, "must be " + name));
        }
        JsonNode events = node.get("events");
        if (events == null || !events.isArray()) {
            errors.add(new Problem.FieldError(name + ".events", FieldCodes.REQUIRED, "must be a list of events"));
            return days;
        }
        if (events.size() > MAX_EVENTS) {
            errors.add(new Problem.FieldError(name + ".events", FieldCodes.TOO_LONG,
                    "must list at most " + MAX_EVENTS + " events"));
            return days;
        }
        for (int i = 0; i < events.size(); i++) {
            event(name + ".events[" + i + "]", events.get(i), errors, days);
        }
        return days;
    }

    private static void event(String path, JsonNode event, List<Problem.FieldError> errors, Set<LocalDate> days) {
        if (!event.isObject()) {
            errors.add(new Problem.FieldError(path, FieldCodes.INVALID, "must be an object with title and date"));
            return;
        }
        JsonNode title = event.get("title");
        if (title == null || !title.isTextual() || title.asText().isBlank()) {
            errors.add(new Problem.FieldError(path + ".title", FieldCodes.REQUIRED, "is required"));
        }
        JsonNode date = event.get("date");
        if (date == null || !date.isTextual() || date.asText().isBlank()) {
            errors.add(new Problem.FieldError(path + ".date", FieldCodes.REQUIRED, "is required"));
            return;
        }
        try {
            days.add(LocalDate.parse(date.asText()));
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(path + ".date", FieldCodes.NOT_A_DATE,
                    "must be a date such as 2027-12-27, not " + date.asText()));
        }
    }

    private static InvalidInput invalid(String detail, List<Problem.FieldError> errors) {
        return new InvalidInput(detail, errors);
    }
}
