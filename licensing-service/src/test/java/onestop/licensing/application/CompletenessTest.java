package onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.Premises;
import onestop.licensing.api.RequiredDocument;
import onestop.licensing.catalogue.LicenceType;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

class CompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Completeness completeness = new Completeness(new DetailsValidator());

    @Test
    void anEmptyDraftMissesEverything() throws Exception {
        Application draft = draft(JSON.readTree("{}"));
        draft.setPremises(new Premises(null, null, null, null));

        List<Problem.FieldError> missing = completeness.missing(draft, premisesLicence(), Set.of());

        assertThat(missing).extracting(Problem.FieldError::field).containsExactly("premises.name",
                "premises.addressLine1", "premises.town", "premises.postcode",
                "details.designatedPremisesSupervisor", "details.licensableActivities", "details.openingHours",
                "documents.PREMISES_PLAN", "documents.DPS_CONSENT", "fee");
        assertThat(missing).extracting(Problem.FieldError::code).containsOnly(FieldCodes.REQUIRED);
        assertThat(missing).filteredOn(e -> e.field().equals("fee")).first()
                .extracting(Problem.FieldError::message).asString().contains("£190.00");
    }

    @Test
    void invalidDetailsAreNamedByTheirPath() throws Exception {
        Application draft = draft(JSON.readTree("""
                {"licensableActivities": ["SALE_OF_ALCOHOL", "BINGO"],
                 "openingHours": [{"day": "MONDAY", "opens": "25:00", "closes": "23:00"}],
                 "designatedPremisesSupervisor": "Jo Bloggs", "stageDiving": true}"""));
        draft.paymentReference = "SANDBOX-1";

        List<Problem.FieldError> missing = completeness.missing(draft, premisesLicence(),
                Set.of("PREMISES_PLAN", "DPS_CONSENT"));

        assertThat(missing).extracting(Problem.FieldError::field, Problem.FieldError::code).containsExactlyInAnyOrder(
                tuple("details.licensableActivities[1]", FieldCodes.NOT_ALLOWED),
                tuple("details.openingHours[0].opens", FieldCodes.PATTERN),
                tuple("details.stageDiving", FieldCodes.NOT_A_FIELD));
    }

    @Test
    void aDetailOfTheWrongKindSaysWhichKind() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type":"object","properties":{"eventDate":{"type":"string","format":"date"},
                  "capacity":{"type":"integer","minimum":1},"name":{"type":"string","maxLength":5}}}""");
        JsonNode details = JSON.readTree("""
                {"eventDate":"31/02/2026","capacity":"many","name":"far too long"}""");

        assertThat(new DetailsValidator().validate(schema, details))
                .extracting(Problem.FieldError::field, Problem.FieldError::code).containsExactly(
                        tuple("details.capacity", FieldCodes.NOT_A_NUMBER),
                        tuple("details.eventDate", FieldCodes.NOT_A_DATE),
                        tuple("details.name", FieldCodes.TOO_LONG));
    }

    @Test
    void aCompletePaidApplicationMissesNothing() throws Exception {
        Application draft = draft(JSON.readTree("""
                {"licensableActivities": ["SALE_OF_ALCOHOL"],
                 "openingHours": [{"day": "FRIDAY", "opens": "11:00", "closes": "23:30"}],
                 "designatedPremisesSupervisor": "Jo Bloggs"}"""));
        draft.paymentReference = "SANDBOX-1";

        assertThat(completeness.missing(draft, premisesLicence(), Set.of("PREMISES_PLAN", "DPS_CONSENT"))).isEmpty();
    }

    @Test
    void aPostcodeMustLookLikeOne() throws Exception {
        Application draft = draft(JSON.readTree("{}"));
        draft.setPremises(new Premises("The Crown", "1 High Street", "Birmingham", "12345"));

        assertThat(completeness.missing(draft, premisesLicence(), Set.of()))
                .contains(new Problem.FieldError("premises.postcode", FieldCodes.PATTERN, "is not a UK postcode"));
    }

    @Test
    void aDriverIsNotAskedForPremisesButForTheirName() throws Exception {
        Application draft = draft(JSON.readTree("{}"));
        draft.setPremises(new Premises(null, null, null, null));
        draft.paymentReference = "SANDBOX-1";
        LicenceType driver = new LicenceType();
        driver.code = "PRIVATE_HIRE_DRIVER";
        driver.premisesRequired = false;
        driver.requiredDocuments = List.of();
        driver.detailsSchema = JSON.readTree("{\"type\":\"object\"}");

        assertThat(completeness.missing(draft, driver, Set.of())).extracting(Problem.FieldError::field)
                .containsExactly("holderName");
        draft.holderName = "Sam Driver";
        assertThat(completeness.missing(draft, driver, Set.of())).isEmpty();
    }

    private static Application draft(JsonNode details) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = ApplicationStatus.DRAFT;
        application.feePence = 19000;
        application.details = details;
        application.setPremises(new Premises("The Crown", "1 High Street", "Birmingham", "B1 1AA"));
        return application;
    }

    private static LicenceType premisesLicence() throws Exception {
        LicenceType type = new LicenceType();
        type.code = "PREMISES_LICENCE";
        type.feePence = 19000;
        type.requiredDocuments = List.of(new RequiredDocument("PREMISES_PLAN", "Plan of the premises"),
                new RequiredDocument("DPS_CONSENT", "Consent of the designated premises supervisor"));
        type.detailsSchema = JSON.readTree("""
                {"type":"object","required":["licensableActivities","openingHours","designatedPremisesSupervisor"],
                 "properties":{
                   "licensableActivities":{"type":"array","minItems":1,"uniqueItems":true,
                     "items":{"type":"string","enum":["SALE_OF_ALCOHOL","REGULATED_ENTERTAINMENT","LATE_NIGHT_REFRESHMENT"]}},
                   "openingHours":{"type":"array","minItems":1,"items":{"type":"object","required":["day","opens","closes"],
                     "properties":{"day":{"type":"string"},"opens":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},
                       "closes":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"}},"additionalProperties":false}},
                   "designatedPremisesSupervisor":{"type":"string","minLength":2}},
                 "additionalProperties":false}""");
        return type;
    }
}
