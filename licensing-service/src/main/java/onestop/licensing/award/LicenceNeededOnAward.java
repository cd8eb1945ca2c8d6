package onestop.licensing.award;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.licensing.application.Drafts;
import onestop.licensing.catalogue.LicenceType;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.platform.consumer.EventHandler;

/**
 * When an opportunity is awarded to a business that lacks a licence it requires
 * ({@code onestop.opportunities.opportunity.awarded}, data {@link OpportunityAwarded}), opens a draft
 * application of each missing type for that business. Handled once per event by the chassis; a business
 * already holding or applying for the type gets no second draft.
 */
@ApplicationScoped
public class LicenceNeededOnAward implements EventHandler {

    private static final Logger LOG = Logger.getLogger(LicenceNeededOnAward.class);

    @Inject
    ObjectMapper json;

    @Inject
    Drafts drafts;

    @Override
    public String name() {
        return "licensing-drafts-on-award";
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
        OpportunityAwarded award = json.readValue(event.getData().toBytes(), OpportunityAwarded.class);
        if (award.businessId() == null || award.missingLicenceTypes() == null) {
            LOG.warnf("Award event %s names no business or missing licence types; ignored", event.getId());
            return;
        }
        for (String code : award.missingLicenceTypes()) {
            LicenceType type = LicenceType.findById(code);
            if (type == null) {
                LOG.warnf("Award event %s needs unknown licence type %s; ignored", event.getId(), code);
                continue;
            }
            drafts.openFor(award.businessId(), type, award.supplierName(), "Draft opened for you: contract "
                    + orEmpty(award.reference()) + " (" + orEmpty(award.title()) + ") was awarded to you and needs a "
                    + type.name + ".");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
