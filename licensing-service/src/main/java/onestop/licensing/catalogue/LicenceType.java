package onestop.licensing.catalogue;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import onestop.licensing.api.DayBasis;
import onestop.licensing.api.RegisterShows;
import onestop.licensing.api.RequiredDocument;

/** A kind of licence the council issues, with its fee, periods, documents and details schema. */
@Entity
@Table(name = "licence_type")
public class LicenceType extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String description;

    @Column(name = "fee_pence")
    public int feePence;

    /** {@code null} = indefinite. */
    @Column(name = "validity_months")
    public Integer validityMonths;

    @Column(name = "consultation_days")
    public int consultationDays;

    @Column(name = "consultation_day_basis")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public DayBasis consultationDayBasis;

    @Column(name = "target_days")
    public int targetDays;

    @Column(name = "tacit_consent")
    public boolean tacitConsent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents")
    public List<RequiredDocument> requiredDocuments;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "details_schema")
    public JsonNode detailsSchema;

    /** The start of the numbers of this type's licences, e.g. {@code PL} in {@code PL-000045}. */
    @Column(name = "number_prefix")
    public String numberPrefix;

    /** Whether an application names premises: not for licences of individuals (drivers, collectors). */
    @Column(name = "premises_required")
    public boolean premisesRequired = true;

    /** What the public register shows of this type's licences. */
    @Column(name = "register_shows")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public RegisterShows registerShows;

    @Column(name = "display_order")
    public int displayOrder;

    public static List<LicenceType> inDisplayOrder() {
        return list("order by displayOrder");
    }
}
