package onestop.portal.licensing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import onestop.platform.problem.Problem;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalServices;

/**
 * The licensing service's refusals and "still missing" lists said the GOV.UK way: each against the form field
 * (or the task) it concerns, in a sentence that names the question.
 */
final class Refusals {

    static final String STALE = "Someone else changed this application; check it and try again";

    private Refusals() {
    }

    /** A refusal of a form: a 412 says someone else changed it; otherwise the problem's field errors. */
    static List<FormError> of(PortalServices.Answer answer, String fallbackField, UnaryOperator<String> labels) {
        if (answer.status() == 412) {
            return List.of(new FormError(fallbackField, STALE));
        }
        List<FormError> errors = new ArrayList<>();
        for (Map<String, Object> error : items(answer.body().get("errors"))) {
            String field = String.valueOf(error.get("field"));
            errors.add(new FormError(fieldId(field), message(field, String.valueOf(error.get("message")), labels),
                    (String) error.get("code")));
        }
        return errors.isEmpty() ? answer.errors(fallbackField, UnaryOperator.identity()) : errors;
    }

    /** A refusal of a typed call: a 412 says someone else changed it; otherwise the problem's field errors. */
    static List<FormError> of(ApiCalls.Refused refused, String fallbackField, UnaryOperator<String> labels) {
        if (refused.problem().status() == 412) {
            return List.of(new FormError(fallbackField, STALE));
        }
        List<FormError> errors = new ArrayList<>();
        for (Problem.FieldError error : refused.problem().errors() == null ? List.<Problem.FieldError>of()
                : refused.problem().errors()) {
            errors.add(new FormError(fieldId(error.field()), message(error.field(), error.message(), labels),
                    error.code()));
        }
        return errors.isEmpty() ? refused.errors(fallbackField) : errors;
    }

    /** The application's {@code missing} items whose field starts with {@code prefix}, as form errors. */
    static List<FormError> missing(Map<String, Object> application, String prefix, UnaryOperator<String> labels) {
        List<FormError> errors = new ArrayList<>();
        for (Map<String, Object> error : items(application.get("missing"))) {
            String field = String.valueOf(error.get("field"));
            if (field.startsWith(prefix)) {
                errors.add(new FormError(fieldId(field), message(field, String.valueOf(error.get("message")), labels),
                        (String) error.get("code")));
            }
        }
        return errors;
    }

    /** The form id of an API field: {@code premises.name} → {@code name}; {@code details.hours[0].opens} → {@code details-hours-0-opens}. */
    static String fieldId(String field) {
        if (field.startsWith("premises.")) {
            return field.substring("premises.".length());
        }
        if (field.startsWith("documents.")) {
            return "file-" + field.substring("documents.".length());
        }
        return field.replace("]", "").replace('[', '-').replace('.', '-');
    }

    /** The question's label and the service's reason: "Town or city is required". */
    static String message(String field, String message, UnaryOperator<String> labels) {
        if (field.startsWith("documents.") || field.equals("fee") || !field.contains(".")) {
            return sentence(message);
        }
        return labels.apply(field) + " " + message;
    }

    static String premisesLabel(String field) {
        return switch (field) {
            case "premises.name" -> "Premises name";
            case "premises.addressLine1" -> "Address line 1";
            case "premises.town" -> "Town or city";
            case "premises.postcode" -> "Postcode";
            default -> DetailsForm.words(field.substring(field.lastIndexOf('.') + 1));
        };
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Object list) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (list instanceof List<?> values) {
            for (Object value : values) {
                if (value instanceof Map<?, ?> map) {
                    items.add((Map<String, Object>) map);
                }
            }
        }
        return items;
    }
}
