package onestop.portal.licensing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import onestop.licensing.api.ApplicationView;
import onestop.platform.problem.Problem;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;

/**
 * The licensing service's refusals and "still missing" lists said the GOV.UK way: each against the form field
 * (or the task) it concerns, in a sentence that names the question.
 */
final class Refusals {

    static final String STALE = "Someone else changed this application; check it and try again";

    private Refusals() {
    }

    /** A refusal of a typed call: a 412 says someone else changed it; otherwise the problem's field errors. */
    static List<FormError> of(ApiCalls.Refused refused, String fallbackField, UnaryOperator<String> labels) {
        return of(refused.problem(), fallbackField, labels);
    }

    /** A refused call's problem: a 412 says someone else changed it; otherwise its field errors, or its detail. */
    static List<FormError> of(Problem problem, String fallbackField, UnaryOperator<String> labels) {
        if (problem.status() == 412) {
            return List.of(new FormError(fallbackField, STALE));
        }
        List<FormError> errors = new ArrayList<>();
        for (Problem.FieldError error : problem.errors() == null ? List.<Problem.FieldError>of() : problem.errors()) {
            errors.add(new FormError(fieldId(error.field()), message(error.field(), error.message(), labels),
                    error.code()));
        }
        if (errors.isEmpty()) {
            String detail = problem.detail() != null ? problem.detail() : problem.title();
            errors.add(new FormError(fallbackField, detail == null ? "That could not be done" : sentence(detail)));
        }
        return errors;
    }

    /** The application's {@code missing} items whose field starts with {@code prefix}, as form errors. */
    static List<FormError> missing(ApplicationView application, String prefix, UnaryOperator<String> labels) {
        List<FormError> errors = new ArrayList<>();
        for (ApplicationView.Missing item : application.missing() == null ? List.<ApplicationView.Missing>of()
                : application.missing()) {
            if (item.field().startsWith(prefix)) {
                errors.add(new FormError(fieldId(item.field()), message(item.field(), item.message(), labels),
                        item.code()));
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
        if (message.startsWith("s.")) {
            // a rule of the Act, cited first ("s.107(3): you have already given 5 ..."): it reads on its own
            return message;
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
}
