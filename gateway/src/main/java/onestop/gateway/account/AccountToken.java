package onestop.gateway.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A single-use link sent by email; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken extends PanacheEntityBase {

    /** What the link is for, and how long it lives. */
    public enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD
    }

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    // The registration a confirmation link was sent for (all null otherwise): it replaces the account's on use.
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "business_name")
    public String businessName;

    @Column(name = "company_number")
    public String companyNumber;

    public String postcode;
}
