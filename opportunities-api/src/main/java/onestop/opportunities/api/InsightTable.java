package onestop.opportunities.api;

import java.util.List;

/**
 * Awards or spend ({@code measure}: {@code awards}, {@code spend}) by one dimension ({@code by}: {@code size},
 * {@code locality}, {@code cpv-division}, {@code buyer}) per quarter, oldest quarter first, groups in name order
 * (docs/domain.md, "Insight").
 */
public record InsightTable(String measure, String by, List<InsightRow> rows) {
}
