package onestop.opportunities.insight.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.insight.awards.Quarters;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

/**
 * Checks an upload row by row against the template and says, for every row at fault, which field and why: as a
 * {@link Problem.FieldError} whose field is {@code rows[<line>].<column>}, the line of the file (the header is line
 * 1), so that a person finds it in their spreadsheet. Only an upload without a single error is loaded.
 */
final class SpendRows {

    /** One payment as checked; amounts in pence. */
    record Payment(int line, String body, String transactionNumber, String supplierName, String companyNumber,
            String postcode, long amountPence, String expenseType, LocalDate invoiceDate, LocalDate paidDate,
            String contractReference) {
    }

    record Checked(List<Payment> payments, List<Problem.FieldError> errors) {
    }

    private final String buyer;
    private final String quarter;
    private final LocalDate today;
    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Map<String, Integer> transactions = new HashMap<>();

    SpendRows(String buyer, String quarter, LocalDate today) {
        this.buyer = buyer;
        this.quarter = quarter;
        this.today = today;
    }

    Checked check(List<CsvRows.Row> rows) {
        List<Payment> payments = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Payment p = payment(row);
            if (p != null) {
                payments.add(p);
            }
        }
        return new Checked(payments, errors);
    }

    private Payment payment(CsvRows.Row row) {
        int before = errors.size();
        if (row.cells().size() != SpendTemplate.COLUMNS.size()) {
            error(row, "columns", FieldCodes.INVALID, "has " + row.cells().size() + " columns; the template has "
                    + SpendTemplate.COLUMNS.size());
            return null;
        }
        String body = text(row, 0, 200, true);
        if (body != null && !body.equalsIgnoreCase(buyer)) {
            error(row, "body", FieldCodes.NOT_ALLOWED, "must be your organisation, " + buyer);
        }
        String transaction = text(row, 1, 100, true);
        if (transaction != null) {
            Integer first = transactions.putIfAbsent(transaction, row.line());
            if (first != null) {
                error(row, "transaction_number", FieldCodes.CONFLICT, "is already on row " + first);
            }
        }
        String supplier = text(row, 2, 200, true);
        String company = upper(text(row, 3, 8, false));
        if (company != null && !company.matches("[A-Z0-9]{8}")) {
            error(row, "supplier_company_number", FieldCodes.PATTERN, "must be an 8 character Companies House number");
        }
        String postcode = upper(text(row, 4, 10, false));
        if (postcode != null && !postcode.matches(NoticeFields.POSTCODE)) {
            error(row, "supplier_postcode", FieldCodes.PATTERN, "must be a UK postcode");
        }
        Long amount = amount(row);
        String expenseType = text(row, 6, 200, true);
        LocalDate invoiceDate = date(row, 7);
        LocalDate paidDate = date(row, 8);
        if (paidDate != null && (paidDate.isBefore(Quarters.firstDay(quarter)) || paidDate.isAfter(Quarters.lastDay(quarter)))) {
            error(row, "paid_date", FieldCodes.OUT_OF_RANGE, "must be in " + quarter);
        } else if (paidDate != null && paidDate.isAfter(today)) {
            error(row, "paid_date", FieldCodes.OUT_OF_RANGE, "must not be in the future");
        }
        if (invoiceDate != null && paidDate != null && invoiceDate.isAfter(paidDate)) {
            error(row, "invoice_date", FieldCodes.OUT_OF_RANGE, "must not be after paid_date");
        }
        String contract = text(row, 9, 100, false);
        if (errors.size() > before) {
            return null;
        }
        return new Payment(row.line(), body, transaction, supplier, company, postcode, amount, expenseType,
                invoiceDate, paidDate, contract);
    }

    private String text(CsvRows.Row row, int column, int max, boolean required) {
        String value = row.cells().get(column).strip();
        if (value.isEmpty()) {
            if (required) {
                error(row, SpendTemplate.COLUMNS.get(column), FieldCodes.REQUIRED, "must be given");
            }
            return null;
        }
        if (value.length() > max) {
            error(row, SpendTemplate.COLUMNS.get(column), FieldCodes.TOO_LONG, "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** Pounds, with pence or without, a £ sign and thousands commas allowed: 45000, 45,000.00, £45000.5. */
    private Long amount(CsvRows.Row row) {
        String value = text(row, 5, 30, true);
        if (value == null) {
            return null;
        }
        String plain = value.replace("£", "").replace(",", "").strip();
        if (!plain.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            error(row, "amount", FieldCodes.NOT_A_NUMBER, "must be an amount in pounds, like 45000.00");
            return null;
        }
        long pence = new BigDecimal(plain).movePointRight(2).longValueExact();
        if (pence <= SpendTemplate.THRESHOLD_PENCE) {
            error(row, "amount", FieldCodes.OUT_OF_RANGE, "must be over £30,000: only those payments are published");
            return null;
        }
        return pence;
    }

    private LocalDate date(CsvRows.Row row, int column) {
        String value = text(row, column, 10, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(row, SpendTemplate.COLUMNS.get(column), FieldCodes.NOT_A_DATE, "must be a date like 2026-04-30");
            return null;
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private void error(CsvRows.Row row, String field, String code, String message) {
        errors.add(new Problem.FieldError("rows[" + row.line() + "]." + field, code, message));
    }
}
