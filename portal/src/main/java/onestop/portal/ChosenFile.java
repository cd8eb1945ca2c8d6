package onestop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A file a person chose in a portal form, as the service's upload route wants it. */
public record ChosenFile(String name, String mediaType, byte[] content) {

    /** The file of a form's file field; empty when none was chosen (browsers send an empty part then). */
    public static Optional<ChosenFile> of(FileUpload upload) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank() || upload.size() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChosenFile(upload.fileName(),
                    upload.contentType() == null ? "application/octet-stream" : upload.contentType(),
                    Files.readAllBytes(upload.uploadedFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
