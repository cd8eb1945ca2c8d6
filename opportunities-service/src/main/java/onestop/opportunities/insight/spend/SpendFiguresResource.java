package onestop.opportunities.insight.spend;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.InsightTable;
import onestop.opportunities.api.PaymentsCompliance;
import onestop.opportunities.insight.awards.InsightCsv;
import onestop.platform.csv.Csv;

/** Spend by size, locality, CPV division or buyer per quarter, and payments compliance: JSON and CSV, public. */
@Path("/api/opportunities/insight")
public class SpendFiguresResource {

    @Inject
    SpendFigures figures;

    @GET
    @Path("spend")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "insightSpend")
    public InsightTable spend(@QueryParam("by") String by, @QueryParam("buyer") String buyer,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.table(by, buyer, from, to);
    }

    @GET
    @Path("spend.csv")
    @Produces("text/csv")
    @Operation(operationId = "insightSpendCsv")
    public Response spendCsv(@QueryParam("by") String by, @QueryParam("buyer") String buyer,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        InsightTable table = figures.table(by, buyer, from, to);
        return InsightCsv.attachment(InsightCsv.of(table), "spend-by-" + table.by() + ".csv");
    }

    @GET
    @Path("payments-compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "insightPaymentsCompliance")
    public List<PaymentsCompliance> compliance(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return figures.compliance(buyer, from, to);
    }

    @GET
    @Path("payments-compliance.csv")
    @Produces("text/csv")
    @Operation(operationId = "insightPaymentsComplianceCsv")
    public Response complianceCsv(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        StringBuilder csv = new StringBuilder(Csv.line("quarter", "buyer", "invoices", "paid_within_30_days",
                "share_percent"));
        for (PaymentsCompliance c : figures.compliance(buyer, from, to)) {
            csv.append(Csv.line(c.quarter(), c.buyer(), c.invoices(), c.paidWithin30Days(), c.sharePercent()));
        }
        return InsightCsv.attachment(csv.toString(), "payments-compliance.csv");
    }
}
