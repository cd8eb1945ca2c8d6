package onestop.system;

import static onestop.system.client.GeneratedClient.etag;
import static onestop.system.client.GeneratedClient.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import onestop.client.ApiClient;
import onestop.client.ApiException;
import onestop.client.api.LicensingApplicationsApi;
import onestop.client.api.LicensingLicencesApi;
import onestop.client.api.OpportunitiesOpportunitiesApi;
import onestop.client.api.OpportunitiesSuppliersApi;
import onestop.client.model.ApplicationKind;
import onestop.client.model.ApplicationStatus;
import onestop.client.model.ApplicationView;
import onestop.client.model.AwardRequest;
import onestop.client.model.Decision;
import onestop.client.model.DecisionOutcome;
import onestop.client.model.InformationRequest;
import onestop.client.model.LicenceRequests;
import onestop.client.model.LicenceStatus;
import onestop.client.model.LicenceView;
import onestop.client.model.NewApplication;
import onestop.client.model.NoticeFields;
import onestop.client.model.NoticeView;
import onestop.client.model.OpportunityStatus;
import onestop.client.model.OpportunityType;
import onestop.client.model.ResponseFields;
import onestop.client.model.SupplierProfile;
import onestop.client.model.SupplierSize;
import onestop.system.client.GeneratedClient;

/**
 * The API as an integrator uses it: through the gateway with the Java client generated at build time from the
 * committed docs/openapi/onestop.json (api-client), which ApiContractIT holds equal to the served document. A
 * name, type, required field or header the document gets wrong fails here to compile or to run.
 */
class GeneratedClientIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void anOfficerTakesAnApplicationFromTheQueueToASuspendedLicence() throws Exception {
        Api.Business business = Api.registerBusiness("Generated Cars Ltd");
        LicensingApplicationsApi applicant = new LicensingApplicationsApi(signedIn(business.email(), Api.PASSWORD));
        ApiClient officerClient = signedIn("officer@onestop.local", system.staffPassword("officer"));
        LicensingApplicationsApi officer = new LicensingApplicationsApi(officerClient);

        ApplicationView draft = applicant.createApplication(new NewApplication()
                .licenceTypeCode("PRIVATE_HIRE_DRIVER").kind(ApplicationKind.NEW).holderName(Api.DRIVER_NAME)
                .details(Map.of("dvlaLicenceNumber", "MORGA753116SM9IJ", "dbsCertificateNumber", "001234567890",
                        "dbsUpdateService", true)), key());
        UUID id = draft.getId();
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        for (String type : List.of("DBS_CERTIFICATE", "GROUP2_MEDICAL", "DVLA_LICENCE")) {
            assertThat(applicant.createApplicationDocument(id, type, key(), GeneratedClient.pdf(type, Api.PDF))
                    .getType()).isEqualTo(type);
        }
        PayStandIn.payFee(business.token(), id.toString());
        String reference = applicant.submitApplication(id, etag(applicant.getApplicationWithHttpInfo(id)), key())
                .getReference();

        // the queue: submitted private hire drivers, found by reference
        assertThat(officer.listApplications(null, "PRIVATE_HIRE_DRIVER", null, 0, reference, 20, "SUBMITTED")
                .getItems()).extracting(ApplicationView::getId).containsExactly(id);

        String asRead = etag(officer.getApplicationWithHttpInfo(id));
        assertThat(officer.requestApplicationInformation(id,
                new InformationRequest().message("Please upload a DBS certificate issued this year."), asRead, key())
                .getStatus()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        // a change made on a stale read is refused with the problem document the client can read
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> officer.validateApplication(id, asRead, key()));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(stale.getResponseBody()).contains("\"status\":412");

        assertThat(applicant.resubmitApplication(id, etag(applicant.getApplicationWithHttpInfo(id)), key())
                .getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(officer.validateApplication(id, etag(officer.getApplicationWithHttpInfo(id)), key()).getStatus())
                .isEqualTo(ApplicationStatus.UNDER_REVIEW);
        ApplicationView granted = officer.decideApplication(id, new Decision().outcome(DecisionOutcome.GRANT)
                .conditions(List.of("Display the badge at all times")).reasons("All checks passed"),
                etag(officer.getApplicationWithHttpInfo(id)), key());
        assertThat(granted.getStatus()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(granted.getOutcome()).isEqualTo(DecisionOutcome.GRANT);

        LicensingLicencesApi licences = new LicensingLicencesApi(officerClient);
        UUID licenceId = granted.getIssuedLicenceId();
        LicenceView suspended = licences.suspendLicence(licenceId,
                new LicenceRequests().reason("Driver under investigation"),
                etag(licences.getLicenceWithHttpInfo(licenceId)), key());
        assertThat(suspended.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(suspended.getHolderName()).isEqualTo(Api.DRIVER_NAME);
        assertThat(suspended.getConditions()).containsExactly("Display the badge at all times");
    }

    @Test
    void aBuyerTakesANoticeFromDraftToAward() throws Exception {
        Api.Business business = Api.registerBusiness("Generated Metals Ltd");
        ApiClient supplierClient = signedIn(business.email(), Api.PASSWORD);
        new OpportunitiesSuppliersApi(supplierClient).putSupplierMe(new SupplierProfile().name("Generated Metals Ltd")
                .size(SupplierSize.SMALL).vcse(false).postcode("B11 2AA"));
        OpportunitiesOpportunitiesApi supplier = new OpportunitiesOpportunitiesApi(supplierClient);
        OpportunitiesOpportunitiesApi buyer = new OpportunitiesOpportunitiesApi(
                signedIn("buyer@onestop.local", system.staffPassword("buyer")));

        NoticeView draft = buyer.createOpportunity(new NoticeFields().title("Grit bins for the generated client")
                .description("Supply and fill forty grit bins before winter.").type(OpportunityType.QUOTE)
                .cpvCodes(List.of("90500000-2")).valueMaxPence(1_500_000L)
                .closingAt(OffsetDateTime.now().plusDays(3)), key());
        UUID id = draft.getId();
        assertThat(draft.getStatus()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(buyer.publishOpportunity(id, key()).getStatus()).isEqualTo(OpportunityStatus.OPEN);

        NoticeView changed = buyer.updateOpportunity(id,
                Map.of("description", "Supply and fill fifty grit bins before winter."),
                etag(buyer.getOpportunityWithHttpInfo(id)));
        assertThat(changed.getDescription()).isEqualTo("Supply and fill fifty grit bins before winter.");
        assertThat(supplier.getOpportunity(id).getDescription()).contains("fifty grit bins");

        UUID response = supplier.createOpportunityResponse(id,
                new ResponseFields().summary("Bins from stock, filled by our own crews.").pricePence(1_400_000L), key())
                .getId();
        // the notice closes at its deadline, not sooner: the client's close is refused, naming the deadline
        ApiException early = catchThrowableOfType(ApiException.class, () -> buyer.closeOpportunity(id, key()));
        assertThat(early.getCode()).isEqualTo(409);
        assertThat(early.getResponseBody()).contains("Suppliers have until the deadline");
        system.deadlinePasses(id);
        assertThat(buyer.getOpportunity(id).getStatus()).isEqualTo(OpportunityStatus.CLOSED);
        NoticeView awarded = buyer.awardContract(id, new AwardRequest().responseId(response).valuePence(1_400_000L),
                key());
        assertThat(awarded.getStatus()).isEqualTo(OpportunityStatus.AWARDED);
        assertThat(awarded.getAward().getValuePence()).isEqualTo(1_400_000L);
    }

    private static ApiClient signedIn(String email, String password) throws ApiException {
        return GeneratedClient.signedIn(system.gatewayUrl(), email, password);
    }
}
