package onestop.opportunities.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.OpportunitiesConfig;

/**
 * Every published release since a time as ONE release package, written as it is read: the rows come from one
 * read-only snapshot through a server-side cursor and each stored release's bytes are copied to the response as
 * they stand (stored as json, V33: PostgreSQL sends the text it keeps, and it is never decoded here), so memory
 * stays one batch of rows however many notices there are, and the package is exactly what the paged feed would
 * give page by page at that moment.
 */
@ApplicationScoped
public class OcdsBulkExport {

    /** Rows fetched from PostgreSQL per round trip: bounds memory, not the export. */
    static final int BATCH = 500;

    /** Bytes written to the response at a time. */
    private static final int BUFFER = 1 << 16;

    private static final String QUERY = "select release from notice_release where published_at >= ?"
            + " order by published_at, notice_number, id";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    OpportunitiesConfig config;

    @Inject
    Clock clock;

    /** Whether any release was published at or after {@code since}: a package must hold one (releases are only
     * ever inserted, so a yes stays true while the package is written). */
    public boolean any(Instant since) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from notice_release where published_at >= ? limit 1")) {
            s.setTimestamp(1, Timestamp.from(since == null ? Instant.EPOCH : since));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the published releases: " + e.getMessage(), e);
        }
    }

    /** Writes the package of every release published at or after {@code since} (all when null) to {@code out}. */
    public void write(Instant since, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(QUERY)) {
                s.setFetchSize(BATCH);
                s.setTimestamp(1, Timestamp.from(since == null ? Instant.EPOCH : since));
                BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
                try (ResultSet rs = s.executeQuery(); JsonGenerator g = json.getFactory().createGenerator(buffered,
                        JsonEncoding.UTF8)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    header(g, since);
                    g.writeArrayFieldStart("releases");
                    g.flush(); // the releases go straight to the stream, between the generator's "[" and "]"
                    for (boolean first = true; rs.next(); first = false) {
                        if (!first) {
                            buffered.write(',');
                        }
                        buffered.write(rs.getBytes(1)); // the stored text's UTF-8, valid JSON by its column's type
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                buffered.flush();
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the published releases: " + e.getMessage(), e);
        }
    }

    private void header(JsonGenerator g, Instant since) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", config.publicBaseUrl() + "/api/opportunities/ocds/releases.json"
                + (since == null ? "" : "?since=" + since));
        g.writeStringField("version", "1.1");
        g.writeArrayFieldStart("extensions");
        g.writeString(OcdsReleases.SUITABILITY_EXTENSION);
        g.writeString(OcdsReleases.UK_EXTENSION);
        g.writeEndArray();
        g.writeStringField("publishedDate", clock.instant().toString());
        g.writeObjectFieldStart("publisher");
        g.writeStringField("name", "OneStop opportunities");
        g.writeStringField("uri", config.publicBaseUrl());
        g.writeEndObject();
        g.writeStringField("license", OcdsReleases.LICENSE);
    }
}
