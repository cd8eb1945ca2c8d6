package onestop.licensing.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import onestop.platform.files.StoredDocument;

/** A document uploaded for an application; the file itself is on disk under {@code storedName}. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends StoredDocument {

    @Column(name = "application_id")
    public UUID applicationId;

    /** The required document it provides, e.g. {@code PREMISES_PLAN}. */
    @Column(name = "type_code")
    public String typeCode;

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
