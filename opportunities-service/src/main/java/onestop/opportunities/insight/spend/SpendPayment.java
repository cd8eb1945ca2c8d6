package onestop.opportunities.insight.spend;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.insight.awards.Grouping;

/** One payment of a spend upload, as its row said it (amount in pence). */
@Entity
@Table(name = "spend_payment")
public class SpendPayment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "upload_id")
    public UUID uploadId;
    @Column(name = "row_number")
    public int rowNumber;
    public String body;
    @Column(name = "transaction_number")
    public String transactionNumber;
    @Column(name = "supplier_name")
    public String supplierName;
    @Column(name = "supplier_company_number")
    public String supplierCompanyNumber;
    @Column(name = "supplier_postcode")
    public String supplierPostcode;
    /** Of the postcode, as the figures group it ({@link Grouping#locality}). */
    public String locality;
    @Column(name = "amount_pence")
    public long amountPence;
    @Column(name = "expense_type")
    public String expenseType;
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;
    @Column(name = "paid_date")
    public LocalDate paidDate;
    @Column(name = "contract_reference")
    public String contractReference;

    static SpendPayment of(UUID uploadId, SpendRows.Payment p) {
        SpendPayment s = new SpendPayment();
        s.id = UUID.randomUUID();
        s.uploadId = uploadId;
        s.rowNumber = p.line();
        s.body = p.body();
        s.transactionNumber = p.transactionNumber();
        s.supplierName = p.supplierName();
        s.supplierCompanyNumber = p.companyNumber();
        s.supplierPostcode = p.postcode();
        s.locality = Grouping.locality(p.postcode());
        s.amountPence = p.amountPence();
        s.expenseType = p.expenseType();
        s.invoiceDate = p.invoiceDate();
        s.paidDate = p.paidDate();
        s.contractReference = p.contractReference();
        return s;
    }
}
