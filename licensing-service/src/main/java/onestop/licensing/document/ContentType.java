package onestop.licensing.document;

import java.util.Arrays;
import java.util.Optional;

/** The file types accepted for upload, recognised by their first bytes (magic numbers), never by their name. */
public enum ContentType {
    PDF("application/pdf", ".pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    /** How many leading bytes {@link #detect} needs. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    ContentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The accepted type {@code head} (the first bytes of a file) starts like, if any. */
    public static Optional<ContentType> detect(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }
}
