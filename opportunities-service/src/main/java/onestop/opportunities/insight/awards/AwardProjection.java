package onestop.opportunities.insight.awards;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.platform.consumer.EventHandler;

/**
 * The awards read model of the insight figures (ADR 11), fed only from this service's own
 * {@code opportunity.awarded} events on {@code onestop.opportunities.v1}, so that the same code would work in a
 * service of its own. The chassis records each event id in the transaction of its effect (a redelivery changes
 * nothing); the upsert keeps the row of the newest {@code occurredAt} (the event's time), so an older event
 * arriving late changes nothing either.
 */
@ApplicationScoped
public class AwardProjection implements EventHandler {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "opportunities-insight-awards";
    }

    @Override
    public Set<String> topics() {
        return Set.of(OpportunitiesEvents.TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        if (!OpportunitiesEvents.OPPORTUNITY_AWARDED.value().equals(event.getType()) || event.getData() == null) {
            return;
        }
        OpportunityAwarded a = json.readValue(event.getData().toBytes(), OpportunityAwarded.class);
        Instant occurredAt = event.getTime() != null ? event.getTime().toInstant() : a.awardedAt();
        em.createNativeQuery("""
                insert into insight_award (opportunity_id, reference, buyer, supplier_name, supplier_size,
                    supplier_postcode, locality, cpv_division, value_pence, awarded_at, quarter, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as text), ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (opportunity_id) do update set reference = excluded.reference, buyer = excluded.buyer,
                    supplier_name = excluded.supplier_name, supplier_size = excluded.supplier_size,
                    supplier_postcode = excluded.supplier_postcode, locality = excluded.locality,
                    cpv_division = excluded.cpv_division, value_pence = excluded.value_pence,
                    awarded_at = excluded.awarded_at, quarter = excluded.quarter, occurred_at = excluded.occurred_at
                where insight_award.occurred_at < excluded.occurred_at
                """)
                .setParameter(1, a.opportunityId()).setParameter(2, a.reference()).setParameter(3, a.buyer())
                .setParameter(4, a.supplierName()).setParameter(5, Grouping.sizeGroup(a.supplierSize(), a.supplierVcse()))
                .setParameter(6, a.supplierPostcode()).setParameter(7, Grouping.locality(a.supplierPostcode()))
                .setParameter(8, Grouping.cpvDivision(a.cpvDivision())).setParameter(9, a.valuePence())
                .setParameter(10, a.awardedAt()).setParameter(11, Quarters.of(a.awardedAt()))
                .setParameter(12, occurredAt)
                .executeUpdate();
    }
}
