package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.AssessmentRequest;
import onestop.opportunities.api.AssessmentView;
import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.Score;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer scores a closed notice's tenders against its award criteria, a score from 0 to 100 and a reason for
 * each; the totals, the winner and the assessment summaries are the service's to work out.
 */
@Path("/buyer/notices/{id}/responses/{responseId}/score")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPages {

    /** One criterion's row of the form: the criterion and the score and reason typed for it. */
    public record ScoreRow(int number, AwardCriterion criterion, String score, String reason) {
    }

    private static final Pattern SCORE_FIELD = Pattern.compile("scores\\[(\\d+)]\\.(score|reason)");

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance scoreTender(NoticeView notice, ResponseView response, String lot,
                List<ScoreRow> rows, List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response scorePage(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @QueryParam("lot") String lotAsked) {
        visitor.requiredRole(Roles.BUYER);
        NoticeView notice = calls.notice(id);
        String lot = Pages.nullIfBlank(lotAsked == null ? "" : lotAsked);
        AssessmentView earlier = ApiCalls.read(() -> opportunities.assessments(calls.authorization(), id)).stream()
                .filter(a -> a.responseId().equals(responseId) && Objects.equals(a.lotId(), lot)).findFirst()
                .orElse(null);
        List<ScoreRow> rows = new ArrayList<>();
        List<AwardCriterion> criteria = criteria(notice, lot);
        for (int i = 0; i < criteria.size(); i++) {
            Score given = earlier == null ? null : scoreFor(earlier.scores(), criteria.get(i).name());
            rows.add(new ScoreRow(i + 1, criteria.get(i), given == null ? "" : String.valueOf(given.score()),
                    given == null ? "" : given.reason()));
        }
        return show(notice, responseId, lot, rows, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        NoticeView notice = calls.notice(id);
        String lot = Pages.nullIfBlank(Pages.field(form, "lot"));
        List<AwardCriterion> criteria = criteria(notice, lot);
        List<ScoreRow> rows = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        List<FormError> errors = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            int n = i + 1;
            ScoreRow row = new ScoreRow(n, criteria.get(i), Pages.field(form, "score-" + n),
                    Pages.field(form, "reason-" + n));
            rows.add(row);
            Integer score = null;
            if (!row.score().isEmpty()) {
                try {
                    score = Integer.valueOf(row.score());
                } catch (NumberFormatException e) {
                    errors.add(new FormError("score-" + n, row.criterion().name()
                            + ": enter the score as a whole number from 0 to 100"));
                }
            }
            scores.add(new Score(row.criterion().name(), score, row.reason()));
        }
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> lot == null
                        ? opportunities.assess(calls.authorization(), id, responseId, new AssessmentRequest(scores))
                        : opportunities.assessLot(calls.authorization(), id, responseId, lot,
                                new AssessmentRequest(scores)));
                return Pages.seeOther("/buyer/notices/" + id + "#assessments");
            } catch (ApiCalls.Refused refused) {
                Map<String, String> whatToEnter = new HashMap<>();
                rows.forEach(r -> {
                    whatToEnter.put("score-" + r.number(), "a score for " + r.criterion().name());
                    whatToEnter.put("reason-" + r.number(), "the reason for the score for " + r.criterion().name());
                });
                errors.addAll(Refusals.of(refused, "score-1", AssessmentPages::fieldId, whatToEnter).stream()
                        .map(e -> e.field().startsWith("score-") && "out-of-range".equals(e.code())
                                ? new FormError(e.field(), "Enter a score from 0 to 100", e.code()) : e)
                        .toList());
            }
        }
        return show(notice, responseId, lot, rows, errors);
    }

    /** The API's {@code scores[0].score} is the form's {@code score-1}; anything else about scores, the first. */
    static String fieldId(String apiField) {
        Matcher m = SCORE_FIELD.matcher(apiField);
        return m.matches() ? m.group(2) + "-" + (Integer.parseInt(m.group(1)) + 1) : "score-1";
    }

    private Response show(NoticeView notice, UUID responseId, String lot, List<ScoreRow> rows,
            List<FormError> errors) {
        ResponseView response = ApiCalls.read(() -> opportunities.response(calls.authorization(), notice.id(),
                responseId));
        return Pages.show(Templates.scoreTender(notice, response, lot, rows, errors));
    }

    /** The notice's criteria, or on a notice divided into lots the criteria of the lot scored. */
    private static List<AwardCriterion> criteria(NoticeView notice, String lot) {
        if (notice.procurement() == null) {
            return List.of();
        }
        if (lot != null && notice.procurement().lots() != null) {
            return notice.procurement().lots().stream().filter(l -> l.id().equals(lot)).findFirst()
                    .map(l -> l.criteria()).orElse(List.of());
        }
        return notice.procurement().awardCriteria() == null ? List.of() : notice.procurement().awardCriteria();
    }

    private static Score scoreFor(List<Score> scores, String criterion) {
        return scores.stream().filter(s -> s.criterion().equalsIgnoreCase(criterion)).findFirst().orElse(null);
    }
}
