package onestop.opportunities.insight.spend;

import java.util.List;

import onestop.platform.csv.Csv;

/**
 * The published template of a spend upload: the columns the Local Government Transparency Code asks of payments
 * over £30,000 (Procurement Act 2023 s.70), with the invoice and paid dates the 30-day payments figure needs. The
 * same columns, plus the buyer and quarter, are the open data.
 */
final class SpendTemplate {

    static final List<String> COLUMNS = List.of("body", "transaction_number", "supplier_name",
            "supplier_company_number", "supplier_postcode", "amount", "expense_type", "invoice_date", "paid_date",
            "contract_reference");

    /** Payments above this (in pence) are the ones to publish: over £30,000. */
    static final long THRESHOLD_PENCE = 3_000_000;

    /** At most this many payments in one upload, and this many characters. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_CHARS = 10_000_000;

    private SpendTemplate() {
    }

    static String csv() {
        return Csv.line(COLUMNS);
    }
}
