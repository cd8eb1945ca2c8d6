package onestop.portal.licensing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;

/**
 * The "Details" form of a licence type, generated from its {@code detailsSchema} (JSON Schema, read as
 * {@link DetailsSchema}): each property a GOV.UK question, and what was typed turned back into the details object
 * the service checks. The portal only encodes answers; whether they are acceptable is the service's to say. The
 * answers are free-form, shaped by the schema rather than by a record, so they stay maps and lists.
 */
final class DetailsForm {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MOST_RADIOS = 8;

    private final Map<String, DetailsSchema> properties;
    private final List<String> required;

    DetailsForm(DetailsSchema schema) {
        this.properties = schema.propertiesOrNone();
        this.required = schema.requiredOrNone();
    }

    /** One question: {@code kind} says how it is asked (text, textarea, number, radios, select, checkboxes, yesno, date, datetime, rows). */
    @TemplateData
    record Question(String id, String kind, String label, String hint, boolean required, List<Option> options,
            String value, List<String> values, String day, String month, String year, String time, List<Row> rows,
            List<Question> columns, String answer) {
    }

    @TemplateData
    record Option(String value, String text, String id) {
    }

    /** One row of a list of objects (opening hours): a question per column. */
    @TemplateData
    record Row(int number, List<Question> cells) {
    }

    /** The questions, filled in with {@code details} (what the service holds, or what was just typed). */
    List<Question> questions(Map<String, Object> details) {
        List<Question> questions = new ArrayList<>();
        properties.forEach((name, schema) -> questions.add(question("details-" + name, name, schema,
                required.contains(name), details.get(name))));
        return questions;
    }

    /** The property labels by error field ({@code details.capacity}), for messages. */
    String label(String field) {
        String name = field.replaceFirst("^details\\.", "").replaceAll("[.\\[].*$", "");
        DetailsSchema schema = properties.get(name);
        return schema == null ? words(name) : label(name, schema);
    }

    /** The details object from the submitted form; blank answers are left out. */
    Map<String, Object> read(MultivaluedMap<String, String> form) {
        Map<String, Object> details = new LinkedHashMap<>();
        properties.forEach((name, schema) -> {
            Object value = value("details-" + name, schema, form);
            if (value != null) {
                details.put(name, value);
            }
        });
        return details;
    }

    private Question question(String id, String name, DetailsSchema schema, boolean isRequired, Object value) {
        String label = label(name, schema);
        String hint = schema.description();
        String type = schema.type();
        List<?> choices = schema.choices();
        String text = value == null ? "" : String.valueOf(value);
        if ("array".equals(type)) {
            DetailsSchema items = schema.itemsOrNone();
            List<?> given = value instanceof List<?> l ? l : List.of();
            if ("object".equals(items.type())) {
                return rows(id, label, hint, isRequired, items, given, schema);
            }
            List<?> itemChoices = items.choices() == null ? List.of() : items.choices();
            return new Question(id, "checkboxes", label, hint, isRequired, options(id, itemChoices), null,
                    given.stream().map(String::valueOf).toList(), null, null, null, null, null, null,
                    given.stream().map(DetailsForm::words).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if ("boolean".equals(type)) {
            String answer = value == null ? "" : Boolean.parseBoolean(text) || "true".equals(text) ? "Yes" : "No";
            return simple(id, "yesno", label, hint, isRequired, options(id, List.of("true", "false")), text, answer);
        }
        if (choices != null) {
            return simple(id, choices.size() > MOST_RADIOS ? "select" : "radios", label, hint, isRequired,
                    options(id, choices), text, words(text));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return simple(id, "number", label, hint, isRequired, List.of(), text, text);
        }
        if ("date".equals(schema.format())) {
            String[] parts = text.split("-");
            boolean whole = parts.length == 3;
            return new Question(id, "date", label, hint, isRequired, List.of(), text, List.of(),
                    whole ? trimZero(parts[2]) : "", whole ? trimZero(parts[1]) : "", whole ? parts[0] : "", null, null,
                    null, ukDate(text));
        }
        if ("date-time".equals(schema.format())) {
            return dateTime(id, label, hint, isRequired, text);
        }
        boolean longText = schema.maxLength() != null && schema.maxLength() > 500;
        return simple(id, longText ? "textarea" : "text", label, hint, isRequired, List.of(), text, text);
    }

    private Question rows(String id, String label, String hint, boolean isRequired, DetailsSchema items, List<?> given,
            DetailsSchema schema) {
        Map<String, DetailsSchema> columns = items.propertiesOrNone();
        List<String> itemRequired = items.requiredOrNone();
        int count = Math.max(given.size() + 1, 7);
        if (schema.maxItems() != null) {
            count = Math.min(count, schema.maxItems());
        }
        List<Row> rows = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<?, ?> item = i < given.size() && given.get(i) instanceof Map<?, ?> typed ? typed : Map.of();
            List<Question> cells = new ArrayList<>();
            int row = i;
            columns.forEach((name, column) -> cells.add(question(id + "-" + row + "-" + name, name, column,
                    itemRequired.contains(name), item.get(name))));
            rows.add(new Row(i + 1, cells));
            if (i < given.size()) {
                answers.add(String.join(" ", cells.stream().map(Question::answer).toList()));
            }
        }
        List<Question> header = new ArrayList<>();
        columns.forEach((name, column) -> header.add(simple(id + "-" + name, "text", label(name, column), null,
                false, List.of(), "", "")));
        return new Question(id, "rows", label, hint, isRequired, List.of(), null, List.of(), null, null, null, null,
                rows, header, String.join("; ", answers));
    }

    private Question dateTime(String id, String label, String hint, boolean isRequired, String text) {
        String day = "", month = "", year = "", time = "", answer = text;
        try {
            LocalDateTime local = OffsetDateTime.parse(text).atZoneSameInstant(UK).toLocalDateTime();
            day = String.valueOf(local.getDayOfMonth());
            month = String.valueOf(local.getMonthValue());
            year = String.valueOf(local.getYear());
            time = String.format(Locale.UK, "%02d:%02d", local.getHour(), local.getMinute());
            answer = ukDate(local.toLocalDate().toString()) + " at " + time;
        } catch (DateTimeParseException notYetADateTime) {
            // shown as typed, for the service's message to explain
        }
        return new Question(id, "datetime", label, hint, isRequired, List.of(), text, List.of(), day, month, year,
                time, null, null, answer);
    }

    private Object value(String id, DetailsSchema schema, MultivaluedMap<String, String> form) {
        String type = schema.type();
        if ("array".equals(type)) {
            DetailsSchema items = schema.itemsOrNone();
            if ("object".equals(items.type())) {
                return rowValues(id, items, form);
            }
            List<String> chosen = form.getOrDefault(id, List.of()).stream().filter(v -> !v.isBlank()).toList();
            return chosen.isEmpty() ? null : chosen;
        }
        if ("date".equals(schema.format())) {
            String day = text(form, id + "-day"), month = text(form, id + "-month"), year = text(form, id + "-year");
            if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
                return null;
            }
            return isoDate(day, month, year);
        }
        if ("date-time".equals(schema.format())) {
            String date = isoDate(text(form, id + "-day"), text(form, id + "-month"), text(form, id + "-year"));
            String time = text(form, id + "-time");
            if (date.replace("-", "").isEmpty() && time.isEmpty()) {
                return null;
            }
            try {
                // with the seconds, which an RFC 3339 date-time needs and OffsetDateTime.toString leaves out at :00
                return LocalDateTime.parse(date + "T" + time).atZone(UK).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException notADateTime) {
                return date + "T" + time;
            }
        }
        String text = text(form, id);
        if (text.isEmpty()) {
            return null;
        }
        if ("boolean".equals(type)) {
            return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : text;
        }
        if ("integer".equals(type) || "number".equals(type)) {
            try {
                return "integer".equals(type) ? (Object) Long.parseLong(text.replace(",", ""))
                        : (Object) Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException notANumber) {
                return text; // the service says it is not a number
            }
        }
        return text;
    }

    private List<Map<String, Object>> rowValues(String id, DetailsSchema items, MultivaluedMap<String, String> form) {
        Map<String, DetailsSchema> columns = items.propertiesOrNone();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 100 && hasRow(id + "-" + i, columns, form); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (var column : columns.entrySet()) {
                Object value = value(id + "-" + i + "-" + column.getKey(), column.getValue(), form);
                if (value != null) {
                    row.put(column.getKey(), value);
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? null : rows;
    }

    private static boolean hasRow(String prefix, Map<String, DetailsSchema> columns, MultivaluedMap<String, String> form) {
        return form.keySet().stream().anyMatch(key -> key.startsWith(prefix + "-"));
    }

    private static String isoDate(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (RuntimeException notADate) {
            return year + "-" + month + "-" + day; // the service says it is not a date
        }
    }

    private static Question simple(String id, String kind, String label, String hint, boolean isRequired,
            List<Option> options, String value, String answer) {
        return new Question(id, kind, label, hint, isRequired, options, value, List.of(), null, null, null, null,
                null, null, answer);
    }

    private static List<Option> options(String id, List<?> values) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = String.valueOf(values.get(i));
            String text = "true".equals(value) ? "Yes" : "false".equals(value) ? "No" : words(value);
            options.add(new Option(value, text, i == 0 ? id : id + "-" + (i + 1)));
        }
        return options;
    }

    private static String label(String name, DetailsSchema schema) {
        return schema.title() != null ? schema.title() : words(name);
    }

    /** {@code SALE_OF_ALCOHOL} → "Sale of alcohol"; {@code designatedPremisesSupervisor} → "Designated premises supervisor". */
    static String words(Object name) {
        String text = String.valueOf(name).replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String ukDate(String iso) {
        try {
            return LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    private static String trimZero(String part) {
        return part.replaceFirst("^0(?=\\d)", "");
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }
}
