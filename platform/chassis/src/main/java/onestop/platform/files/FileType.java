package onestop.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file OneStop accepts as uploads, recognised by their content, never by their name: PDF, PNG
 * and JPEG by their first bytes; Word and Excel documents (Office Open XML) and OpenDocument text and
 * spreadsheets by the parts inside their ZIP container. A macro-enabled Office file is none of them.
 */
public enum FileType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    ODT("application/vnd.oasis.opendocument.text", ".odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", ".ods");

    private static final byte[] PDF_SIGNATURE = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG_SIGNATURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };
    private static final int HEAD = 8;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension files of this type are stored under, whatever the uploader called them. */
    public String extension() {
        return extension;
    }

    /** The accepted type the content of {@code file} is, if any. */
    public static Optional<FileType> of(Path file) {
        byte[] head = head(file);
        if (startsWith(head, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        return startsWith(head, ZIP_SIGNATURE) ? officeDocument(file) : Optional.empty();
    }

    private static Optional<FileType> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                // OpenDocument names its own type in a small uncompressed first entry
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return Arrays.stream(new FileType[] { ODT, ODS }).filter(t -> t.mediaType.equals(declared))
                            .findFirst();
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null && zip.getEntry("word/vbaProject.bin") == null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null && zip.getEntry("xl/vbaProject.bin") == null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }
}
