package onestop.licensing.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.LicensingObjective;
import onestop.licensing.api.RepresentationCategory;
import onestop.licensing.api.RepresentationDetermination;
import onestop.licensing.api.RepresentationView;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * A representation made during consultation: recorded by an officer, made by a responsible authority signed in,
 * or made by a member of the public and counted once their email was confirmed. Only the officer sees who made
 * it ({@code from}, {@code email}, {@code address}). The officer then finds it relevant or sets it aside with
 * reasons, and may record its withdrawal on the maker's behalf.
 */
@Entity
@Table(name = "representation")
public class Representation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "from_name")
    public String from;

    @Enumerated(EnumType.STRING)
    public RepresentationCategory category;

    public String grounds;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LicensingObjective> objectives = List.of();

    /**
     * Where its maker is written to: a member of the public's confirmed email address, or the sign-in email of the
     * authority's officer who made it.
     */
    public String email;

    /** A member of the public's postal address. */
    public String address;

    /** The role of the responsible authority that made it ({@code police}, ...), if one did. */
    public String authority;

    @Enumerated(EnumType.STRING)
    public RepresentationDetermination determination;

    @Column(name = "determination_reasons")
    public String determinationReasons;

    @Column(name = "determined_at")
    public Instant determinedAt;

    @Column(name = "determined_by")
    public String determinedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    public static List<Representation> of(UUID applicationId) {
        return list("applicationId = ?1 order by recordedAt, id", applicationId);
    }

    /** Relevant and not withdrawn: it takes the application to a hearing, and its maker is a party to it. */
    public boolean counts() {
        return withdrawnAt == null && determination != null && determination.counts();
    }

    public boolean isOpen() {
        return withdrawnAt == null && determination == null;
    }

    /** Where to email the maker (hearing notices, the decision): empty when recorded by an officer from a letter. */
    public Optional<String> contactEmail() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }

    /** Who made it, as the timeline and the applicant may read it: never a member of the public's name. */
    public String maker() {
        return category == RepresentationCategory.PUBLIC ? "a member of the public" : from;
    }

    /** The officer's finding; anything but relevant needs reasons. May be changed until it is withdrawn. */
    public void determine(RepresentationDetermination finding, String reasons, String officer, Instant now) {
        if (withdrawnAt != null) {
            throw new IllegalTransition("The representation was withdrawn on " + withdrawnAt + ".");
        }
        if (!finding.counts() && (reasons == null || reasons.isBlank())) {
            throw new RuleViolation("A representation found " + finding + " must be given reasons.",
                    List.of(new Problem.FieldError("reasons", FieldCodes.REQUIRED, "is required unless relevant")));
        }
        determination = finding;
        determinationReasons = reasons == null || reasons.isBlank() ? null : reasons;
        determinedAt = now;
        determinedBy = officer;
    }

    public void withdraw(String officer, Instant now) {
        if (withdrawnAt != null) {
            throw new IllegalTransition("The representation was already withdrawn on " + withdrawnAt + ".");
        }
        withdrawnAt = now;
        withdrawnBy = officer;
    }

    /** Everything, as the officer sees it. */
    public RepresentationView view() {
        return new RepresentationView(id, applicationId, from, category, grounds, recordedAt, recordedBy,
                objectives == null ? List.of() : objectives, email, address, authority, determination,
                determinationReasons, determinedAt, determinedBy, withdrawnAt, withdrawnBy);
    }
}
