package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * What a person sees when a form refuses what they sent, the GOV.UK way: the page again (200, or a 4xx) as
 * HTML, its title starting "Error: ", and an error summary whose message links to the field at fault.
 * Never a 500, a stack trace or a problem document.
 */
final class ErrorSummary {

    private static final Pattern FORM_GROUP = Pattern.compile("class=\"govuk-form-group[^\"]*\"");

    private ErrorSummary() {
    }

    /** The form was shown again with {@code message} in its error summary, linked to the field {@code fieldId}. */
    static String namesField(Response answer, String fieldId, String message) {
        String page = linksTo(answer, fieldId, message);
        Matcher group = FORM_GROUP.matcher(page.substring(0, page.indexOf(" id=\"" + fieldId + "\"")));
        String nearest = null;
        while (group.find()) {
            // the day, month and year of a date input are groups of their own inside the question's
            if (!page.substring(Math.max(0, group.start() - 60), group.start()).contains("govuk-date-input__item")) {
                nearest = group.group();
            }
        }
        assertThat(nearest).as("the form group around #%s", fieldId).isNotNull().contains("govuk-form-group--error");
        return page;
    }

    /**
     * A refusal of a form that has no field to type in (a button): the page again with {@code message} in the
     * error summary, linked to something on the page.
     */
    static String linksTo(Response answer, String targetId, String message) {
        String page = answer.asString();
        assertThat(answer.statusCode()).as("status of the refusal: %s", page).isBetween(200, 499)
                .isNotIn(301, 302, 303, 307);
        assertThat(answer.contentType()).as("content type").startsWith("text/html")
                .doesNotContain("problem+json");
        assertThat(page).doesNotContain("application/problem+json").doesNotContain("Exception")
                .doesNotContainPattern("\\bat [a-z]+\\.[a-zA-Z.$]+\\(");
        assertThat(page).as("the page's title").contains("<title>Error: ");
        Matcher summary = Pattern.compile("(?s)<div class=\"govuk-error-summary\".*?</ul>").matcher(page);
        assertThat(summary.find()).as("a GOV.UK error summary on the page").isTrue();
        assertThat(summary.group()).as("the error summary").contains("<a href=\"#" + targetId + "\">")
                .containsPattern("href=\"#" + Pattern.quote(targetId) + "\">[^<]*" + Pattern.quote(message));
        assertThat(page).as("the field the summary links to").contains(" id=\"" + targetId + "\"");
        return page;
    }
}
