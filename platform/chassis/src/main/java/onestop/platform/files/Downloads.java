package onestop.platform.files;

import java.nio.file.Path;

import jakarta.ws.rs.core.Response;

/** Sends a stored file back as a download, never rendered inline by the browser nor re-typed by it. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code fileName} must already be safe ({@link FileNames#sanitise}): it goes into a header as it is. */
    public static Response attachment(Path file, String mediaType, String fileName) {
        return Response.ok(file.toFile(), mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
