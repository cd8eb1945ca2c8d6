package onestop.licensing.document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document uploaded for an application; the file itself is on disk under {@code storedName}. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    /** The required document it provides, e.g. {@code PREMISES_PLAN}. */
    @Column(name = "type_code")
    public String typeCode;

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

    @Column(name = "uploaded_by")
    public String uploadedBy;

    public static List<ApplicationDocument> of(UUID applicationId) {
        return list("applicationId = ?1 order by uploadedAt, id", applicationId);
    }

    /** The document types an application has at least one upload of. */
    public static Set<String> typeCodesOf(UUID applicationId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct d.typeCode from ApplicationDocument d where d.applicationId = ?1",
                        String.class)
                .setParameter(1, applicationId).getResultList());
    }
}
