package onestop.platform.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A service's part of a subject access export (UK GDPR art. 15; ADR 0013): one ZIP holding {@code data.json}, an
 * object of named sections each a JSON array of the rows the service holds about one business, and the files
 * of their documents under {@code documents/}. Each section is a query of the service's own tables, so a column
 * added later is exported without a change here; columns that are only internal (file names on disk) are left
 * out by the query. The gateway puts the services' parts together into the one ZIP the person downloads.
 */
public final class SubjectData {

    /** The media type of a part. */
    public static final String ZIP = "application/zip";

    private final Map<String, String> sections = new LinkedHashMap<>();
    private final List<File> files = new ArrayList<>();

    /** A file to include: its path in the ZIP (under {@code documents/}) and where it is on disk. */
    public record File(String entry, Path path) {
    }

    /**
     * Adds a section: {@code select} is a query whose rows, each as a JSON object, make the section; its one
     * parameter ({@code ?1}) is the business id. {@code leaveOut} names columns not to export.
     */
    public SubjectData section(EntityManager em, String name, String select, UUID businessId, String... leaveOut) {
        StringBuilder row = new StringBuilder("to_jsonb(t)");
        for (String column : leaveOut) {
            row.append(" - '").append(column).append('\'');
        }
        Object json = em.createNativeQuery("select cast(coalesce(jsonb_agg(" + row + "), '[]'::jsonb) as text) from ("
                + select + ") t").setParameter(1, businessId).getSingleResult();
        sections.put(name, json.toString());
        return this;
    }

    /** Adds a document's file, when it is still on disk. */
    public SubjectData file(String entry, Path path) {
        if (path != null && Files.isRegularFile(path)) {
            files.add(new File("documents/" + entry, path));
        }
        return this;
    }

    /** The JSON of every section, as one object. */
    public String json() {
        StringBuilder out = new StringBuilder("{");
        sections.forEach((name, rows) -> {
            if (out.length() > 1) {
                out.append(",\n");
            }
            out.append('"').append(name).append("\": ").append(rows);
        });
        return out.append("}\n").toString();
    }

    /** The ZIP, written as it is sent. */
    public Response response(String fileName) {
        String data = json();
        StreamingOutput body = out -> write(out, data);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private void write(OutputStream out, String data) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            zip.write(data.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (File file : files) {
                zip.putNextEntry(new ZipEntry(file.entry()));
                Files.copy(file.path(), zip);
                zip.closeEntry();
            }
        }
    }
}
