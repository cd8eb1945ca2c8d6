package onestop.opportunities.api;

/**
 * One cell of an insight table: in {@code quarter} (calendar quarter, {@code 2026-Q2}), the {@code group} of the
 * table's dimension (a supplier size, a locality, a CPV division, a buyer), how many awards or payments and their
 * value in pence.
 */
public record InsightRow(String quarter, String group, long count, long valuePence) {
}
