package onestop.opportunities.licences;

import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicWriter;

/** The licences a business holds, as the licensing service's events on the topic say. */
@OpportunitiesTest
class LicenceProjectionTest {

    private static final String TOPIC = "onestop.licensing.v1";
    private final UUID business = UUID.randomUUID();
    private final UUID licence = UUID.randomUUID();

    @Test
    void aLicenceIsHeldFromIssueUntilSuspendedAndAgainWhenReinstated() {
        CloudEvent issued = event("issued", "{\"licenceId\":\"" + licence + "\",\"businessId\":\"" + business
                + "\",\"licenceTypeCode\":\"PREMISES\",\"licenceNumber\":\"LIC-2026-000123\",\"status\":\"ACTIVE\","
                + "\"expiresAt\":null}");
        TopicWriter.send(TOPIC, licence.toString(), issued);
        awaitLicences(1);
        as(TestTokens.business(business)).get("/api/opportunities/suppliers/me/licences").then()
                .body("[0].number", is("LIC-2026-000123")).body("[0].licenceTypeCode", is("PREMISES"));

        TopicWriter.send(TOPIC, licence.toString(), event("suspended", "{\"licenceId\":\"" + licence
                + "\",\"businessId\":\"" + business + "\",\"licenceTypeCode\":\"PREMISES\",\"status\":\"SUSPENDED\"}"));
        awaitLicences(0);

        TopicWriter.send(TOPIC, licence.toString(), event("reinstated", "{\"licenceId\":\"" + licence
                + "\",\"businessId\":\"" + business + "\",\"licenceTypeCode\":\"PREMISES\",\"status\":\"ACTIVE\"}"));
        awaitLicences(1);
    }

    @Test
    void aRedeliveredEventHasOneEffect() {
        CloudEvent issued = event("issued", "{\"licenceId\":\"" + licence + "\",\"businessId\":\"" + business
                + "\",\"licenceTypeCode\":\"SCRAP_METAL\",\"licenceNumber\":\"LIC-2026-000124\",\"status\":\"ACTIVE\","
                + "\"expiresAt\":\"2029-06-30T00:00:00Z\"}");
        TopicWriter.send(TOPIC, licence.toString(), issued);
        awaitLicences(1);
        CloudEvent revoked = event("revoked", "{\"licenceId\":\"" + licence + "\",\"status\":\"REVOKED\"}");
        TopicWriter.send(TOPIC, licence.toString(), revoked);
        awaitLicences(0);
        // the issue event again, same id: already handled, so the revoked licence stays revoked
        TopicWriter.send(TOPIC, licence.toString(), issued);
        // a marker behind it on the same partition: once it shows, the duplicate has been read
        UUID marker = UUID.randomUUID();
        TopicWriter.send(TOPIC, licence.toString(), event("issued", "{\"licenceId\":\"" + marker + "\",\"businessId\":\""
                + business + "\",\"licenceTypeCode\":\"HMO\",\"licenceNumber\":\"LIC-2026-000125\",\"status\":\"ACTIVE\"}"));
        awaitLicences(1);
        as(TestTokens.business(business)).get("/api/opportunities/suppliers/me/licences").then()
                .body("licenceTypeCode", is(java.util.List.of("HMO")));
    }

    @Test
    void anExpiredLicenceIsNoLongerHeld() {
        TopicWriter.send(TOPIC, licence.toString(), event("issued", "{\"licenceId\":\"" + licence
                + "\",\"businessId\":\"" + business + "\",\"licenceTypeCode\":\"TAXI_DRIVER\",\"licenceNumber\":\"PL-000045\"}"));
        awaitLicences(1);
        TopicWriter.send(TOPIC, licence.toString(), event("expired", "{\"licenceId\":\"" + licence + "\"}"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(TestTokens.business(business))
                .get("/api/opportunities/suppliers/me/licences").then().body("$", empty()));
    }

    private void awaitLicences(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(TestTokens.business(business))
                .get("/api/opportunities/suppliers/me/licences").then().statusCode(200).body("$", hasSize(count)));
    }

    private CloudEvent event(String verb, String json) {
        return TopicWriter.event(UUID.randomUUID().toString(), "onestop.licensing.licence." + verb,
                licence.toString(), json);
    }
}
