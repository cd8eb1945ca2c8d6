package onestop.opportunities.clarification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.QuestionAnswered;
import onestop.opportunities.api.QuestionView;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Suppliers ask about an open notice; its buyer answers and publishes the answer. */
@ApplicationScoped
public class QuestionService {

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public QuestionView ask(UUID opportunityId, String text) {
        UUID business = caller.requireBusinessId();
        Opportunity o = notices.published(opportunityId);
        o.requireRunHere("ask your question");
        if (o.status != OpportunityStatus.OPEN) {
            throw new IllegalTransition("Questions are taken only while the notice is open; it is " + o.status.phrase() + ".");
        }
        Question q = Question.ask(o.id, business, text, clock.instant());
        q.persist();
        return view(q);
    }

    @Transactional
    public QuestionView answer(UUID opportunityId, UUID questionId, String text, boolean publish) {
        Opportunity o = notices.owned(opportunityId);
        Question q = Question.findById(questionId);
        if (q == null || !q.opportunityId.equals(o.id)) {
            throw new NotFound("There is no question " + questionId + " on this notice.");
        }
        q.answer(text, publish, clock.instant());
        outbox.append(OpportunitiesEvents.QUESTION_ANSWERED, OpportunitiesEvents.QUESTION, q.id,
                new QuestionAnswered(q.id, o.id, o.reference, o.title, q.askerBusinessId, q.published, q.answeredAt));
        return view(q);
    }

    /** The buyer sees every question on its notice; a supplier its own and the published ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> list(UUID opportunityId) {
        if (caller.hasRole(Roles.BUYER)) {
            Opportunity o = notices.owned(opportunityId);
            return Question.<Question>find("opportunityId = ?1 order by askedAt", o.id).list().stream()
                    .map(QuestionService::view).toList();
        }
        Opportunity o = notices.published(opportunityId);
        UUID business = caller.requireBusinessId();
        return Question.<Question>find("opportunityId = ?1 and (published = true or askerBusinessId = ?2) "
                + "order by askedAt", o.id, business).list().stream().map(QuestionService::view).toList();
    }

    private static QuestionView view(Question q) {
        return new QuestionView(q.id, q.opportunityId, q.question, q.askedAt, q.answer, q.answeredAt, q.published);
    }
}
