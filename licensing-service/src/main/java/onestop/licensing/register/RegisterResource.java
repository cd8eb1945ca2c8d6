package onestop.licensing.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.RegisterEntry;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.web.Cursor;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;
import onestop.platform.web.QueryParams;

/**
 * The public register of licences (s.8 Licensing Act 2003 and its equivalents): anyone may search it and
 * download a search whole, as CSV or JSON. Applications under consultation are listed apart
 * ({@code /consultations}).
 */
@Path("/api/licensing/register")
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterResource {

    @Inject
    RegisterSearch search;

    /**
     * A page of the register: by {@code page} in licence number order; or, with {@code cursor} (empty to start), in
     * the order licences were issued, the next page linked by its cursor ({@code Link: rel="next"}), which a
     * harvester follows without missing or repeating a licence while the register changes.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<PageView<RegisterEntry>> search(@QueryParam("q") String q,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("postcode") String postcode,
            @QueryParam("status") String status, @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam(Cursor.PARAMETER) String cursor, @Context UriInfo request) {
        RegisterSearch.Filter filter = filter(q, licenceTypeCode, postcode, status, issuedFrom, issuedTo);
        PageRequest paging = QueryParams.page(page, size);
        // ?cursor= or ?cursor (no value) starts paging by cursor
        if (cursor == null && !request.getQueryParameters().containsKey(Cursor.PARAMETER)) {
            return RestResponse.ok(search.find(filter, paging));
        }
        PageView<RegisterEntry> rows = search.after(filter, Cursor.decode(cursor), paging.size());
        if (rows.items().isEmpty()) {
            return RestResponse.ok(rows);
        }
        RegisterEntry last = rows.items().get(rows.items().size() - 1);
        return RestResponse.ResponseBuilder.ok(rows).header("Link",
                new Cursor(last.issuedAt(), last.id().toString()).nextLink(request.getRequestUri())).build();
    }

    /** Every licence the search matches, as a JSON array (not one page). */
    @GET
    @Path("download.json")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<List<RegisterEntry>> downloadJson(@QueryParam("q") String q,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("postcode") String postcode,
            @QueryParam("status") String status, @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo) {
        List<RegisterEntry> rows = search.all(filter(q, licenceTypeCode, postcode, status, issuedFrom, issuedTo));
        return RestResponse.ResponseBuilder.ok(rows)
                .header("Content-Disposition", "attachment; filename=\"licence-register.json\"").build();
    }

    /** Every licence the search matches, as CSV (RFC 4180, a header row, UTF-8). */
    @GET
    @Path("download.csv")
    @Produces("text/csv")
    public RestResponse<String> downloadCsv(@QueryParam("q") String q,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("postcode") String postcode,
            @QueryParam("status") String status, @QueryParam("issuedFrom") String issuedFrom,
            @QueryParam("issuedTo") String issuedTo) {
        List<RegisterEntry> rows = search.all(filter(q, licenceTypeCode, postcode, status, issuedFrom, issuedTo));
        return RestResponse.ResponseBuilder.ok(RegisterCsv.of(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"licence-register.csv\"").build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RegisterEntry get(@PathParam("id") UUID id) {
        return search.get(id).orElseThrow(() -> new NotFound("There is no licence " + id + " on the register."));
    }

    private static RegisterSearch.Filter filter(String q, String licenceTypeCode, String postcode, String status,
            String issuedFrom, String issuedTo) {
        return new RegisterSearch.Filter(QueryParams.text(q), QueryParams.text(licenceTypeCode),
                QueryParams.text(postcode), QueryParams.enumValue(LicenceStatus.class, status, "status"),
                date(issuedFrom, "issuedFrom"), date(issuedTo, "issuedTo"));
    }

    private static LocalDate date(String value, String field) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " must be a date like 2026-12-31.",
                    List.of(new Problem.FieldError(field, FieldCodes.NOT_A_DATE, "must be a date like 2026-12-31")));
        }
    }
}
