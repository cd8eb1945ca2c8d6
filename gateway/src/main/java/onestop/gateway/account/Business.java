package onestop.gateway.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registered business; its users are the accounts that name it. */
@Entity
@Table(name = "business")
public class Business extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "company_number")
    public String companyNumber;

    public String postcode;

    /** The Companies House check of {@link #companyNumber} ({@code CompanyCheck.Status}); null without a number. */
    @Column(name = "company_check")
    public String companyCheck;

    @Column(name = "company_check_reason")
    public String companyCheckReason;

    @Column(name = "company_registered_name")
    public String companyRegisteredName;

    @Column(name = "company_checked_at")
    public Instant companyCheckedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When its last user closed their account; its name is then only "Former account holder". */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The business a user acts for; empty for staff. */
    public static Optional<Business> of(UserAccount user) {
        return user.businessId == null ? Optional.empty() : findByIdOptional(user.businessId);
    }
}
