package onestop.opportunities.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.OpportunityStatus;

class OcdsReleaseReaderTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTenderIsOpenUntilItsTenderPeriodEnds() throws Exception {
        var release = json.readTree("""
                {"ocid": "ocds-b5fd17-1", "date": "2025-01-23T16:26:56Z", "tag": ["tender"],
                 "tender": {"title": "Keyholding", "description": "Keys", "status": "active",
                   "classification": {"scheme": "CPV", "id": "35000000"},
                   "value": {"amount": 1234.5, "currency": "GBP"},
                   "tenderPeriod": {"endDate": "2025-02-07T12:00:00Z"},
                   "items": [{"id": "1", "deliveryAddresses": [{"postalCode": "SS2 6GE"}]}],
                   "suitability": {"sme": true, "vcse": false}},
                 "buyer": {"id": "B1", "name": "MSE Group"}, "parties": []}
                """);
        ImportedNotice open = OcdsReleaseReader.read(release, Instant.parse("2025-01-24T00:00:00Z")).orElseThrow();
        assertThat(open.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(open.valueMaxPence()).isEqualTo(123450L);
        assertThat(open.cpvDigits()).containsExactly("35000000");
        assertThat(open.postcode()).isEqualTo("SS2 6GE");
        assertThat(open.smeSuitable()).isTrue();
        assertThat(OcdsReleaseReader.read(release, Instant.parse("2025-03-01T00:00:00Z")).orElseThrow().status())
                .isEqualTo(OpportunityStatus.CLOSED);
        ImportedNotice moved = open.movedTo(Instant.parse("2026-01-23T16:26:56Z"));
        assertThat(moved.closingAt()).isEqualTo(Instant.parse("2026-02-07T12:00:00Z"));
        assertThat(moved.status()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void theBuyersContactPointIsTheNoticesContact() throws Exception {
        var release = json.readTree("""
                {"ocid": "ocds-b5fd17-3", "date": "2025-01-23T16:26:56Z", "tag": ["tender"],
                 "tender": {"title": "Roads", "description": "Resurfacing", "status": "active"},
                 "buyer": {"id": "B1", "name": "Southampton City Council"},
                 "parties": [{"id": "B1", "name": "Southampton City Council", "roles": ["buyer"],
                   "contactPoint": {"name": "Lauren  Cooper", "email": "lauren.cooper@southampton.gov.uk",
                     "telephone": "023 8083 3936"}}]}
                """);
        Instant now = Instant.parse("2025-01-24T00:00:00Z");
        assertThat(OcdsReleaseReader.read(release, now).orElseThrow().movedTo(now).contact())
                .isEqualTo(new BuyerContact("Lauren Cooper", "lauren.cooper@southampton.gov.uk", "023 8083 3936"));
        ((ObjectNode) release.path("parties").get(0)).putObject("contactPoint").put("name", "Nobody to reach");
        assertThat(OcdsReleaseReader.read(release, now).orElseThrow().contact()).isNull();
    }

    @Test
    void aTenderReadLongAfterItClosedIsOpenAgainWhenMovedToToday() throws Exception {
        var release = json.readTree("""
                {"ocid": "ocds-b5fd17-2", "date": "2025-01-23T16:26:56Z", "tag": ["tender"],
                 "tender": {"title": "Grounds maintenance", "description": "Grass", "status": "active",
                   "tenderPeriod": {"endDate": "2025-02-07T12:00:00Z"}},
                 "buyer": {"id": "B1", "name": "MSE Group"}, "parties": []}
                """);
        Instant today = Instant.parse("2026-11-22T09:00:00Z");
        ImportedNotice readToday = OcdsReleaseReader.read(release, today).orElseThrow();
        assertThat(readToday.status()).isEqualTo(OpportunityStatus.CLOSED);

        ImportedNotice moved = readToday.movedTo(today);

        assertThat(moved.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(moved.closingAt()).isEqualTo(Instant.parse("2026-12-07T04:33:04Z"));
    }

    @Test
    void aPlanningReleaseIsNotANotice() throws Exception {
        var release = json.readTree("""
                {"ocid": "x", "tag": ["planning"], "tender": {"title": "Soon", "status": "planning"}}
                """);
        assertThat(OcdsReleaseReader.read(release, Instant.now())).isEmpty();
    }
}
