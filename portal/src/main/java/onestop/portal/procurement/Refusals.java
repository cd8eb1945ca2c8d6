package onestop.portal.procurement;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import onestop.portal.ApiCalls;
import onestop.portal.FormError;

/**
 * A service's refusal said the GOV.UK way: each field error against the form's own field id, and "Enter
 * …" for a field left empty (code {@code required}), so that nobody reads "Must not be blank" or a problem document.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * @param fallback the field the problem's detail is shown against when it names none
     * @param ids the API's field name to the form's field id
     * @param whatToEnter the form's field id to what the user must enter there ("your question")
     */
    static List<FormError> of(ApiCalls.Refused refused, String fallback, UnaryOperator<String> ids,
            Map<String, String> whatToEnter) {
        return errors(refused, fallback, ids).stream().map(e -> {
            String what = whatToEnter.get(e.field());
            return e.required() && what != null ? new FormError(e.field(), "Enter " + what, e.code()) : e;
        }).toList();
    }

    /** The problem's field errors, each against the form's field id; its detail against {@code fallback} if none. */
    static List<FormError> errors(ApiCalls.Refused refused, String fallback, UnaryOperator<String> ids) {
        var problem = refused.problem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return refused.errors(fallback);
        }
        return refused.errors(fallback).stream()
                .map(e -> new FormError(ids.apply(e.field()), e.message(), e.code())).toList();
    }
}
