package onestop.opportunities.privacy;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.gateway.api.AccountClosed;
import onestop.gateway.api.GatewayEvents;
import onestop.platform.consumer.EventHandler;

/**
 * When a business's last user closes their account ({@code onestop.gateway.account.closed}), erases or
 * anonymises what opportunities holds about it (docs/domain.md, Data rights; ADR 0012). Its supplier profile
 * keeps only its id, named "Former account holder"; saved searches, alerts and the licence projection go.
 * Responses, clarification questions and awards are the procurement record (Procurement Act 2023 s.97-98,
 * kept for the contract's life and after) and stay, tied to the id only. Run once per event by the chassis;
 * running it again changes nothing.
 */
@ApplicationScoped
public class AccountClosedInOpportunities implements EventHandler {

    static final String FORMER_HOLDER = "Former account holder";
    private static final Logger LOG = Logger.getLogger(AccountClosedInOpportunities.class);

    private final ObjectMapper json;
    private final EntityManager em;

    AccountClosedInOpportunities(ObjectMapper json, EntityManager em) {
        this.json = json;
        this.em = em;
    }

    @Override
    public String name() {
        return "opportunities-account-closed";
    }

    @Override
    public Set<String> topics() {
        return Set.of(GatewayEvents.TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        if (!GatewayEvents.ACCOUNT_CLOSED.value().equals(event.getType()) || event.getData() == null) {
            return;
        }
        AccountClosed closed = json.readValue(event.getData().toBytes(), AccountClosed.class);
        if (closed.businessId() == null || !closed.lastUserOfBusiness()) {
            return; // staff, or a business that still has users: nothing here is the person's alone
        }
        erase(closed.businessId());
        LOG.infof("Business %s closed its account: its supplier data is anonymised", closed.businessId());
    }

    private void erase(UUID businessId) {
        em.createNativeQuery("""
                update supplier set name = ?2, company_number = null, postcode = null, description = null,
                    ppon = null, company_registered_name = null, company_check = null, company_check_reason = null,
                    cpv_interests = '{}', cpv_interest_prefixes = '{}'
                where business_id = ?1""").setParameter(1, businessId).setParameter(2, FORMER_HOLDER)
                .executeUpdate();
        em.createNativeQuery("update opportunity set awarded_supplier_name = ?2 where awarded_business_id = ?1")
                .setParameter(1, businessId).setParameter(2, FORMER_HOLDER).executeUpdate();
        for (String table : new String[] { "alert", "saved_search", "held_licence" }) {
            em.createNativeQuery("delete from " + table + " where business_id = ?1").setParameter(1, businessId)
                    .executeUpdate();
        }
    }
}
