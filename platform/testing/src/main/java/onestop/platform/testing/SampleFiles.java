package onestop.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of each kind an upload may be, made from their real first bytes or container parts, and a
 * few that only pretend to be one, for upload tests.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 64);
        png[20] = 1;
        return png;
    }

    public static byte[] jpeg() {
        return Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I',
                'F' }, 64);
    }

    /** A Windows program: what a renamed {@code .exe} starts with. */
    public static byte[] exe() {
        return Arrays.copyOf(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, 128);
    }

    /** Plain text, as a file renamed {@code .pdf} would be. */
    public static byte[] text() {
        return "These are not the tender documents you are looking for.\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A Word document: the Office Open XML parts of one. */
    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document/>"));
    }

    /** A macro-enabled Word document (.docm): not accepted as a Word document. */
    public static byte[] docm() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "macro"));
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    public static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** Any other ZIP archive. */
    public static byte[] zip() {
        return zip(Map.of("readme.txt", "hello"));
    }

    /** OpenDocument's container: an uncompressed {@code mimetype} entry first, then the content. */
    private static byte[] openDocument(String mediaType) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", mediaType);
        parts.put("content.xml", "<office:document-content/>");
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                if (part.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
