package onestop.opportunities.insight.spend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import onestop.opportunities.insight.awards.Quarters;
import onestop.platform.csv.Csv;

/**
 * Every loaded payment as open data: the template's columns after the buyer and quarter, amounts in pounds as
 * uploaded, oldest quarter first, then buyer and row. A replaced upload's payments are gone from it.
 */
@ApplicationScoped
public class SpendOpenData {

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(String buyer, String from, String to) {
        Quarters.Range range = Quarters.Range.of(from, to);
        List<String> where = new ArrayList<>(List.of("true"));
        Parameters parameters = new Parameters();
        if (buyer != null && !buyer.isBlank()) {
            where.add("lower(u.buyer) = lower(:buyer)");
            parameters.and("buyer", buyer.strip());
        }
        if (range.from() != null) {
            where.add("u.quarter >= :from");
            parameters.and("from", range.from());
        }
        if (range.to() != null) {
            where.add("u.quarter <= :to");
            parameters.and("to", range.to());
        }
        TypedQuery<Object[]> query = SpendPayment.getEntityManager().createQuery("select u, p from SpendUpload u,"
                + " SpendPayment p where p.uploadId = u.id and " + String.join(" and ", where)
                + " order by u.quarter, u.buyer, p.rowNumber", Object[].class);
        parameters.map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<String> header = new ArrayList<>(List.of("buyer", "quarter"));
        header.addAll(SpendTemplate.COLUMNS);
        StringBuilder csv = new StringBuilder(Csv.line(header));
        for (Object[] r : rows) {
            SpendUpload u = (SpendUpload) r[0];
            SpendPayment p = (SpendPayment) r[1];
            csv.append(Csv.line(u.buyer, u.quarter, p.body, p.transactionNumber, p.supplierName,
                    p.supplierCompanyNumber, p.supplierPostcode, BigDecimal.valueOf(p.amountPence, 2), p.expenseType,
                    p.invoiceDate, p.paidDate, p.contractReference));
        }
        return csv.toString();
    }
}
