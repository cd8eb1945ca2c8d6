package onestop.opportunities.supplier;

import java.time.Instant;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.SupplierSize;

/** A business's supplier profile, entered once and used on every response. */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    @Column(name = "business_id")
    public UUID businessId;
    public String name;
    @Column(name = "company_number")
    public String companyNumber;
    /** Its Public Procurement Organisation Number (scheme GB-PPON), like {@code PABC-1234-DEFG}. */
    public String ppon;
    @Enumerated(EnumType.STRING)
    public SupplierSize size;
    public boolean vcse;
    public String postcode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cpv_interests")
    public String[] cpvInterests = new String[0];
    /** The level prefixes of {@link #cpvInterests} ({@code 45210000-2} → {@code 4521}), which alerts match on. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cpv_interest_prefixes")
    public String[] cpvInterestPrefixes = new String[0];
    public String description;
    @Column(name = "charter_signatory")
    public boolean charterSignatory;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The Companies House check of {@link #companyNumber}; written by {@code SupplierCompanyChecks} only. */
    @Column(name = "company_check")
    public String companyCheck;
    @Column(name = "company_check_reason")
    public String companyCheckReason;
    @Column(name = "company_registered_name")
    public String companyRegisteredName;
    @Column(name = "company_checked_at")
    public Instant companyCheckedAt;
    @Version
    public long version;
}
