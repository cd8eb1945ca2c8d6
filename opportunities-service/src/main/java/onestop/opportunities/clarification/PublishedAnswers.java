package onestop.opportunities.clarification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.opportunities.api.PublishedAnswer;
import onestop.opportunities.opportunity.AnswersOnNotice;

/** The answered, published questions of a notice, oldest first. */
@ApplicationScoped
public class PublishedAnswers implements AnswersOnNotice {

    @Override
    public List<PublishedAnswer> of(UUID opportunityId) {
        return Question.<Question>find("opportunityId = ?1 and published = true order by askedAt", opportunityId)
                .list().stream().map(q -> new PublishedAnswer(q.question, q.answer, q.answeredAt)).toList();
    }
}
