package onestop.opportunities.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.ImportOutcome;
import onestop.platform.security.Roles;

/**
 * Loads OCDS releases as notices (admin): the body is JSON lines, one release a line; an empty body
 * loads the bundled Contracts Finder sample. {@code asIfPublishedNow=true} moves each notice's dates so
 * that its release is today, to try a fresh install with live-looking notices.
 */
@Path("/api/opportunities/admin/import")
public class ImportResource {

    static final String SAMPLE = "seed/contracts-finder-releases.jsonl";

    @Inject
    OcdsImport importer;

    @Operation(operationId = "importNotices")
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON,
            MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    public ImportOutcome load(String body, @QueryParam("asIfPublishedNow") boolean asIfPublishedNow) {
        String lines = body == null || body.isBlank() ? sample() : body;
        return importer.load(lines, asIfPublishedNow);
    }

    private static String sample() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
