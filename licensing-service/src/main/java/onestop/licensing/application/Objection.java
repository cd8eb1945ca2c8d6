package onestop.licensing.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.ObjectionView;

/** An objection notice to a temporary event notice, made by the police or environmental health (s.104). */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    /** The role of the authority: {@code police} or {@code environmental-health}. */
    public String authority;

    /** The signed-in member of the authority's staff who made it; never shown to the applicant. */
    @Column(name = "made_by")
    public String madeBy;

    public String reasons;

    @Column(name = "made_at")
    public Instant madeAt;

    /** Where the objecting officer is told of the hearing and the decision: their sign-in email, if any. */
    public String email;

    public ObjectionView view() {
        return new ObjectionView(id, applicationId, authority, reasons, madeAt);
    }
}
