package onestop.opportunities.programme;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A buyer's programme (the Games had one): a name under which it groups its procurements. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The buyer organisation, from the token of the buyer who created it. */
    public String buyer;
    public String name;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public boolean ownedBy(String organisation) {
        return organisation != null && organisation.equalsIgnoreCase(buyer);
    }
}
