package onestop.licensing.award;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.licensing.application.Drafts;
import onestop.licensing.catalogue.LicenceType;
import onestop.platform.consumer.EventHandler;

/**
 * When an opportunity is awarded to a business that lacks a licence it requires
 * ({@code onestop.opportunities.opportunity.awarded}, data {@code businessId, supplierName, reference, title,
 * missingLicenceTypes[]}), opens a draft application of each missing type for that business. Handled once
 * per event by the chassis; a business already holding or applying for the type gets no second draft.
 */
@ApplicationScoped
public class LicenceNeededOnAward implements EventHandler {

    static final String TOPIC = "onestop.opportunities.v1";
    static final String AWARDED = "onestop.opportunities.opportunity.awarded";
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
        return Set.of(TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        if (!AWARDED.equals(event.getType()) || event.getData() == null) {
            return;
        }
        JsonNode data = json.readTree(event.getData().toBytes());
        if (!data.hasNonNull("businessId") || !data.path("missingLicenceTypes").isArray()) {
            LOG.warnf("Award event %s names no business or missing licence types; ignored", event.getId());
            return;
        }
        UUID businessId = UUID.fromString(data.path("businessId").asText());
        String holder = data.hasNonNull("supplierName") ? data.path("supplierName").asText() : null;
        for (JsonNode code : data.path("missingLicenceTypes")) {
            LicenceType type = LicenceType.findById(code.asText());
            if (type == null) {
                LOG.warnf("Award event %s needs unknown licence type %s; ignored", event.getId(), code.asText());
                continue;
            }
            drafts.openFor(businessId, type, holder, "Draft opened for you: contract "
                    + data.path("reference").asText("") + " (" + data.path("title").asText("") + ") was awarded "
                    + "to you and needs a " + type.name + ".");
        }
    }
}
