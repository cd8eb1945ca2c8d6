package onestop.opportunities.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier's clarification question on a notice, and the buyer's answer. */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Column(name = "asker_business_id")
    public UUID askerBusinessId;
    public String question;
    @Column(name = "asked_at")
    public Instant askedAt;
    public String answer;
    @Column(name = "answered_at")
    public Instant answeredAt;
    /** Published answers show on the public notice, without the asker. */
    public boolean published;
    @Version
    public long version;

    public static Question ask(UUID opportunityId, UUID businessId, String text, Instant now) {
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.opportunityId = opportunityId;
        q.askerBusinessId = businessId;
        q.question = text.strip();
        q.askedAt = now;
        return q;
    }

    /** Answers (or re-answers) the question; once published it stays published. */
    public void answer(String text, boolean publish, Instant now) {
        answer = text.strip();
        answeredAt = now;
        published = published || publish;
    }
}
