package onestop.gateway.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.platform.security.Roles;

/** Someone who can sign in: a business user (with its business) or staff (with an organisation). */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Always lower-case; unique. */
    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> roles;

    @Column(name = "business_id")
    public UUID businessId;

    public String organisation;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the owner of the address followed the link sent to it; until then the account cannot sign in. */
    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    /** When the account last signed in (its creation until then); written by the sign-in's own update only. */
    @Column(name = "last_signed_in_at", insertable = false, updatable = false)
    public Instant lastSignedInAt;

    public static Optional<UserAccount> byEmail(String email) {
        return find("email", Emails.normalise(email)).firstResultOptional();
    }

    public static List<UserAccount> ofBusiness(UUID businessId) {
        return list("businessId", businessId);
    }

    public static List<UserAccount> buyersOf(String organisation) {
        return UserAccount.<UserAccount>list("organisation", organisation).stream()
                .filter(account -> account.roles.contains(Roles.BUYER)).toList();
    }
}
