package onestop.portal.procurement;

import io.quarkus.qute.TemplateData;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Commitment;
import onestop.opportunities.api.LicenceCheck;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;

/**
 * The api records and enums the procurement pages hand to shared fragments (commitments, licence check),
 * which Qute cannot check by type: resolvers generated at build time, so that nothing is read by reflection.
 */
@TemplateData(target = Commitment.class)
@TemplateData(target = LicenceCheck.class)
@TemplateData(target = OpportunityStatus.class)
@TemplateData(target = OpportunityType.class)
@TemplateData(target = ChallengeStage.class)
final class ProcurementTemplateData {

    private ProcurementTemplateData() {
    }
}
