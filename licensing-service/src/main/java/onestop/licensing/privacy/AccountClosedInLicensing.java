package onestop.licensing.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.gateway.api.AccountClosed;
import onestop.gateway.api.GatewayEvents;
import onestop.licensing.document.DocumentStore;
import onestop.platform.consumer.EventHandler;

/**
 * When a business's last user closes their account ({@code onestop.gateway.account.closed}), erases or
 * anonymises what licensing holds about it (docs/domain.md, Data rights; ADR 0012). Draft applications were
 * never made: their details, premises and document files go. Submitted applications and licences are the
 * authority's legal record (Licensing Act 2003 s.8, and the other regimes' registers) and stay, with the holder
 * named "Former account holder". Run once per event by the chassis; running it again changes nothing.
 */
@ApplicationScoped
public class AccountClosedInLicensing implements EventHandler {

    static final String FORMER_HOLDER = "Former account holder";
    private static final Logger LOG = Logger.getLogger(AccountClosedInLicensing.class);

    private final ObjectMapper json;
    private final EntityManager em;
    private final DocumentStore documents;

    AccountClosedInLicensing(ObjectMapper json, EntityManager em, DocumentStore documents) {
        this.json = json;
        this.em = em;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "licensing-account-closed";
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
            return; // staff, or a business that still has users: licensing holds nothing of the person alone
        }
        erase(closed.businessId());
        LOG.infof("Business %s closed its account: its licensing records are anonymised", closed.businessId());
    }

    @SuppressWarnings("unchecked")
    private void erase(UUID businessId) {
        List<String> files = em.createNativeQuery("""
                select d.stored_name from application_document d join application a on a.id = d.application_id
                where a.business_id = ?1 and a.status = 'DRAFT'""").setParameter(1, businessId).getResultList();
        em.createNativeQuery("""
                delete from application_document d using application a
                where a.id = d.application_id and a.business_id = ?1 and a.status = 'DRAFT'""")
                .setParameter(1, businessId).executeUpdate();
        em.createNativeQuery("""
                update application set premises_name = null, premises_address_line1 = null, premises_town = null,
                    premises_postcode = null, details = '{}'
                where business_id = ?1 and status = 'DRAFT'""").setParameter(1, businessId).executeUpdate();
        em.createNativeQuery("update application set holder_name = ?2 where business_id = ?1 and holder_name is not null")
                .setParameter(1, businessId).setParameter(2, FORMER_HOLDER).executeUpdate();
        em.createNativeQuery("update licence set holder_name = ?2 where business_id = ?1")
                .setParameter(1, businessId).setParameter(2, FORMER_HOLDER).executeUpdate();
        // last: should the commit fail, the event is handled again and the rows go then; a draft's file is no record
        files.forEach(documents::delete);
    }
}
