package onestop.opportunities.opendata;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.web.Cursor;

/**
 * Open data, public: the OCDS 1.1 release package of the notices published since a time (nothing published
 * answers 204, since a package must hold at least one release), or paged on with an opaque {@code cursor} from
 * {@code Link: rel="next"} ({@link Cursor}); one procurement's releases; its compiled record.
 */
@Path("/api/opportunities/ocds")
public class OcdsResource {

    static final int MAX = 1000;

    @Inject
    OcdsPackages releases;

    @Inject
    OcdsBulkExport bulk;

    @Inject
    OcdsRecords records;

    @Inject
    OcdsRelatedProcesses related;

    @GET
    @Path("/releases")
    @Produces(MediaType.APPLICATION_JSON)
    public Response releases(@QueryParam("since") String since, @QueryParam("limit") Integer limit,
            @QueryParam(Cursor.PARAMETER) String cursor, @Context UriInfo request) {
        Instant from = parse(since);
        int n = limit == null ? MAX : limit;
        if (n < 1 || n > MAX) {
            throw new InvalidInput("The limit is out of range.",
                    List.of(new Problem.FieldError("limit", FieldCodes.OUT_OF_RANGE, "must be between 1 and " + MAX)));
        }
        // a harvester's feed: from a time, or after the cursor it was given; the next page always linked, so that it
        // resumes from there later (past the end it is 204: ask again later with the same cursor)
        OcdsPackages.Paged page = releases.after(Cursor.decode(cursor), from, n);
        if (page.last() == null) {
            return Response.noContent().build();
        }
        return Response.ok(page.releasePackage()).header("Link", page.last().nextLink(request.getRequestUri())).build();
    }

    /**
     * Every notice published since a time (all when no {@code since}) as one release package, streamed from one
     * snapshot: the bulk download for a harvester starting from nothing; it then follows the paged feed.
     */
    @GET
    @Path("/releases.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportOcdsReleases", summary = "Every published release as one package, streamed")
    public Response export(@QueryParam("since") String since) throws IOException {
        Instant from = parse(since);
        if (!bulk.any(from)) {
            return Response.noContent().build(); // as the feed: a release package holds at least one release
        }
        StreamingOutput body = out -> bulk.write(from, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"releases.json\"").build();
    }

    /** Every notice one procurement published, as a release package; 404 when it published none. */
    @GET
    @Path("/releases/{ocid}")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode procurement(@PathParam("ocid") String ocid) {
        ObjectNode pkg = releases.of(ocid);
        if (pkg.path("releases").isEmpty()) {
            throw new NotFound("No procurement " + ocid + " has published a notice here.");
        }
        return pkg;
    }

    /** One procurement's record: its releases and the compiled release (the latest of every field). */
    @GET
    @Path("/records/{ocid}")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode record(@PathParam("ocid") String ocid) {
        ObjectNode record = records.of(procurement(ocid));
        NoticeRelease any = NoticeRelease.<NoticeRelease>find("ocid", ocid).firstResult();
        Opportunity o = Opportunity.findById(any.opportunityId);
        if (o != null) { // subcontracts posted since its last release are part of it now
            related.setOn((ObjectNode) record.path("records").path(0).path("compiledRelease"), o);
        }
        return record;
    }

    private static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("since is not a time.",
                    List.of(new Problem.FieldError("since", FieldCodes.NOT_A_DATE,
                            "must be an ISO-8601 time such as 2026-01-01T00:00:00Z")));
        }
    }
}
