package onestop.opportunities.opportunity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contract opportunity published by a buyer. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {

    public enum Type {
        QUOTE, TENDER, FRAMEWORK, SUBCONTRACT, CHALLENGE
    }

    public enum Status {
        DRAFT, OPEN, CLOSED, AWARDED, CANCELLED
    }

    @Id
    public UUID id;

    public String reference;

    public String title;

    public String description;

    public String buyer;

    @Enumerated(EnumType.STRING)
    public Type type;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closing_at")
    public Instant closingAt;

    @Version
    public long version;
}
