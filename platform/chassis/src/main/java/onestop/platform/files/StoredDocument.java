package onestop.platform.files;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An uploaded document's row, the columns every service keeps of one: its id, the name it was uploaded under,
 * its media type judged by content, size, the name it is stored under in the {@link FileStore} (never the
 * uploader's), its SHA-256, and when and by whom (the token's subject) it was uploaded. A service's entity
 * extends it with what the document belongs to.
 */
@MappedSuperclass
public abstract class StoredDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "original_name")
    public String originalName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "stored_name")
    public String storedName;

    public String sha256;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** The subject of the uploader's token. */
    @Column(name = "uploaded_by")
    public String uploadedBy;
}
