package onestop.opportunities.opendata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.procurement.NoticeType;

/**
 * One published notice of a procurement, as the OCDS release it published (ADR 8). Only ever inserted: a change
 * publishes the next version.
 */
@Entity
@Table(name = "notice_release")
public class NoticeRelease extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    public String ocid;
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type")
    public NoticeType noticeType;
    public int version;
    @Column(name = "notice_number")
    public String noticeNumber;
    @Column(name = "published_at")
    public Instant publishedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String release;

    /** A procurement's notices, in the order they were published. */
    public static List<NoticeRelease> of(UUID opportunityId) {
        return list("opportunityId = ?1 order by publishedAt, noticeNumber", opportunityId);
    }

    /** The latest version of a procurement's notice of {@code type}, if it published one. */
    static int latestVersion(UUID opportunityId, NoticeType type) {
        Integer latest = getEntityManager().createQuery("select max(version) from NoticeRelease "
                + "where opportunityId = ?1 and noticeType = ?2", Integer.class)
                .setParameter(1, opportunityId).setParameter(2, type).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
