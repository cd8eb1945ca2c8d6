package onestop.portal.procurement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.ChallengeAsk;
import onestop.opportunities.api.ChallengeClient;
import onestop.opportunities.api.Challenges.ChallengeView;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.Funding;
import onestop.opportunities.api.Challenges.StageAsk;
import onestop.opportunities.api.Challenges.SubmissionView;
import onestop.opportunities.api.Challenges.Terms;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer runs its challenge: the terms (SBRI or not, budget, IP position), what the current stage asks and by
 * when, and once its deadline has passed the submissions, with who is kept in and what each is funded.
 */
@Path("/buyer/notices/{id}/challenge")
@Produces(MediaType.TEXT_HTML)
public class BuyerChallengePages {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance buyerChallenge(ChallengeView challenge, List<SubmissionView> submissions,
                boolean sealed, List<ChallengeAsk> asks, DateTyped deadline, List<FormError> errors);
    }

    @Inject
    ChallengeClient challenges;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(page(id, DateTyped.empty("deadline"), List.of()));
    }

    @POST
    @Path("terms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response terms(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        List<FormError> errors = new ArrayList<>();
        Long budget = pence(Pages.field(posted, "budgetPence"), "budgetPence", "The budget", errors);
        if (errors.isEmpty()) {
            var terms = new Terms("yes".equals(Pages.field(posted, "sbri")), budget,
                    Pages.nullIfBlank(Pages.field(posted, "ipPosition")));
            try {
                ApiCalls.read(() -> challenges.setTerms(calls.authorization(), id, terms));
                return Pages.seeOther("/buyer/notices/" + id + "/challenge");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "ipPosition", field -> field, Map.of("ipPosition",
                        "the intellectual property position", "budgetPence", "the budget")));
            }
        }
        return Pages.show(page(id, DateTyped.empty("deadline"), errors));
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        List<FormError> errors = new ArrayList<>();
        DateTyped typed = DateTyped.from(posted, "deadline");
        LocalDate day = typed.date("The deadline", errors);
        ChallengeAsk asked = Pages.choice(ChallengeAsk.class, Pages.field(posted, "asked"));
        if (day == null && errors.isEmpty()) {
            errors.add(new FormError("deadline-day", "Enter the deadline"));
        }
        if (asked == null) {
            errors.add(new FormError("asked", "Select what the stage asks for"));
        }
        if (errors.isEmpty()) {
            ChallengeView challenge = ApiCalls.read(() -> challenges.challenge(calls.authorization(), id));
            // the deadline is the end of the day typed, in the council's time
            var request = new StageAsk(asked, day.atTime(LocalTime.of(23, 59)).atZone(UK).toInstant());
            try {
                ApiCalls.read(() -> challenges.setAsk(calls.authorization(), id, challenge.currentStage(), request));
                return Pages.seeOther("/buyer/notices/" + id + "/challenge");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.errors(refused, "asked",
                        field -> field.equals("deadline") ? "deadline-day" : "asked"));
            }
        }
        return Pages.show(page(id, typed, errors));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        List<FormError> errors = new ArrayList<>();
        List<UUID> kept = Pages.fields(posted, "kept").stream().map(Pages::id).filter(k -> k != null).toList();
        List<Funding> funding = new ArrayList<>();
        for (UUID business : kept) {
            Long pence = pence(Pages.field(posted, "funding-" + business), "funding", "The funding", errors);
            if (pence != null && pence > 0) {
                funding.add(new Funding(business, pence));
            }
        }
        if (errors.isEmpty()) {
            ChallengeView challenge = ApiCalls.read(() -> challenges.challenge(calls.authorization(), id));
            try {
                ApiCalls.read(() -> challenges.decide(calls.authorization(), id, challenge.currentStage(),
                        new Decision(kept, funding)));
                return Pages.seeOther("/buyer/notices/" + id + "/challenge");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.errors(refused, "kept", field -> field.startsWith("funding") ? "funding" : "kept"));
            }
        }
        return Pages.show(page(id, DateTyped.empty("deadline"), errors));
    }

    private TemplateInstance page(UUID id, DateTyped deadline, List<FormError> errors) {
        ChallengeView challenge = ApiCalls.read(() -> challenges.challenge(calls.authorization(), id));
        List<SubmissionView> submissions = List.of();
        boolean sealed = false;
        try {
            submissions = ApiCalls.read(() -> challenges.submissions(calls.authorization(), id,
                    challenge.currentStage()));
        } catch (ApiCalls.Refused refused) {
            // 409 tenders-sealed: the stage's deadline has not passed (or it asks for nothing yet)
            sealed = true;
        }
        return Templates.buyerChallenge(challenge, submissions, sealed, List.of(ChallengeAsk.values()), deadline,
                errors);
    }

    /** Pounds as typed ("30000" or "30,000.50") in pence; blank is null; anything else an error on {@code field}. */
    private static Long pence(String typed, String field, String words, List<FormError> errors) {
        String clean = typed == null ? "" : typed.replace(",", "").replace("£", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(clean).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new FormError(field, words + " must be an amount in pounds, like 30000"));
            return null;
        }
    }
}
