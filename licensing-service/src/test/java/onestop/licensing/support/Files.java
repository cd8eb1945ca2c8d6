package onestop.licensing.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files of each kind, made from their real first bytes, for upload tests. */
public final class Files {

    private Files() {
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
}
