package onestop.licensing.licence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.RegisterShows;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Forbidden;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/** A licence issued on a grant, with its conditions, dates and status. */
@Entity
@Table(name = "licence")
public class Licence extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    @Column(name = "licence_type_code")
    public String licenceTypeCode;

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "premises_name")
    public String premisesName;

    @Column(name = "premises_address_line1")
    public String premisesAddressLine1;

    @Column(name = "premises_town")
    public String premisesTown;

    @Column(name = "premises_postcode")
    public String premisesPostcode;

    /** What the public register shows of it, from its type when issued. */
    @Column(name = "register_shows")
    @Enumerated(EnumType.STRING)
    public RegisterShows registerShows;

    @Column(name = "postcode_key")
    public String postcodeKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode details;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> conditions;

    @Enumerated(EnumType.STRING)
    public LicenceStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** {@code null}: valid from issue; else the start of a fixed period (a temporary event). */
    @Column(name = "valid_from")
    public Instant validFrom;

    /** {@code null}: the licence does not expire. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "renewal_reminded_60_at")
    public Instant renewalReminded60At;

    @Column(name = "renewal_reminded_14_at")
    public Instant renewalReminded14At;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** Upper case without spaces, the form postcode prefixes are matched in. */
    public static String postcodeKey(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase();
    }

    /** This licence's type's name ("Premises licence"), for the events people are told of; null if unknown. */
    String typeName() {
        LicenceType type = LicenceType.findById(licenceTypeCode);
        return type == null ? null : type.name;
    }

    /** The data of the events about this licence, just after it left {@code previous} (if it moved). */
    public LicenceEvent event(LicenceStatus previous, String reason, Integer daysBeforeExpiry, Instant at) {
        return new LicenceEvent(id, number, businessId, licenceTypeCode, status, previous, issuedAt, expiresAt,
                applicationId, reason, daysBeforeExpiry, at, null, typeName());
    }

    /** Moves this licence, as it stands, to another holder (a granted transfer); answers the old holder. */
    public UUID transferTo(UUID newBusinessId, String newHolderName, UUID transferApplicationId, Instant now) {
        UUID previous = businessId;
        businessId = newBusinessId;
        holderName = newHolderName;
        // its later history is told on the new holder's application, which the old holder cannot read
        applicationId = transferApplicationId;
        updatedAt = now;
        return previous;
    }

    /** Moves the licence by {@code action}, refusing it unless the state and the actor allow it. */
    public LicenceStatus perform(LicenceAction action, Actor actor, String reason, Instant now) {
        if (action.actor() != actor.kind()) {
            throw new Forbidden("Only the " + action.actor().name().toLowerCase() + " may " + action.phrase()
                    + " a licence.");
        }
        if (!action.allowedFrom(status)) {
            throw new IllegalTransition("You cannot " + action.phrase() + " licence " + number + " while it is "
                    + status.phrase() + ".");
        }
        if (actor.kind() == Actor.Kind.OFFICER && (reason == null || reason.isBlank())) {
            throw new InvalidInput("A reason is required.",
                    List.of(new Problem.FieldError("reason", FieldCodes.REQUIRED, "is required")));
        }
        LicenceStatus previous = status;
        status = action.to();
        statusReason = reason;
        updatedAt = now;
        return previous;
    }
}
