package onestop.opportunities.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TopicWriter;

/**
 * The awards read model, fed from the award events: a redelivered event counts once, an older event arriving after
 * a newer one changes nothing, and an event from before the insight fields counts its award as UNKNOWN.
 */
@OpportunitiesTest
class AwardProjectionTest {

    private static final String TOPIC = "onestop.opportunities.v1";
    private static final String TYPE = "onestop.opportunities.opportunity.awarded";

    private final String buyer = "Projection Council " + Api.word();
    private final UUID opportunity = UUID.randomUUID();

    @Test
    void theNewestEventWinsAndARedeliveryCountsOnce() {
        OffsetDateTime now = OffsetDateTime.parse("2026-05-10T10:00:00Z");
        CloudEvent newer = event(UUID.randomUUID(), now, 2_000_000, "\"LARGE\"", "\"LS1 1AA\"");
        CloudEvent older = event(UUID.randomUUID(), now.minusHours(1), 1_000_000, "\"SMALL\"", "\"B1 1AA\"");
        TopicWriter.send(TOPIC, opportunity.toString(), newer);
        awaitAwards("rows.valuePence", List.of(2_000_000));
        TopicWriter.send(TOPIC, opportunity.toString(), older);
        TopicWriter.send(TOPIC, opportunity.toString(), newer);
        // a marker behind them on the same partition: once it counts, the two before it have been read
        UUID marker = UUID.randomUUID();
        TopicWriter.send(TOPIC, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(), TYPE,
                marker.toString(), data(marker, now, 5, "null", "null").replace("\"cpvDivision\":\"45\"",
                        "\"cpvDivision\":null")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/opportunities/insight/awards?by=size&buyer=" + buyer).then().statusCode(200)
                .body("rows.group", is(List.of("LARGE", "UNKNOWN")))
                .body("rows.count", is(List.of(1, 1)))
                .body("rows.valuePence", is(List.of(2_000_000, 5)))
                .body("rows.quarter", is(List.of("2026-Q2", "2026-Q2"))));
        given().get("/api/opportunities/insight/awards?by=cpv-division&buyer=" + buyer).then()
                .body("rows.group", is(List.of("45", "UNKNOWN")));
    }

    private void awaitAwards(String path, Object value) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/opportunities/insight/awards?by=size&buyer=" + buyer).then().statusCode(200)
                .body("rows", hasSize(1)).body(path, is(value)));
    }

    private CloudEvent event(UUID id, OffsetDateTime at, long value, String size, String postcode) {
        return CloudEventBuilder.v1().withId(id.toString()).withType(TYPE).withSource(URI.create("/onestop/test"))
                .withSubject(opportunity.toString()).withTime(at).withDataContentType("application/json")
                .withData(data(opportunity, at, value, size, postcode).getBytes(StandardCharsets.UTF_8)).build();
    }

    private String data(UUID id, OffsetDateTime at, long value, String size, String postcode) {
        return "{\"opportunityId\":\"" + id + "\",\"reference\":\"OPP-" + id.toString().substring(0, 8)
                + "\",\"title\":\"Works\",\"buyer\":\"" + buyer + "\",\"supplierName\":\"Someone Ltd\",\"valuePence\":"
                + value + ",\"awardedAt\":\"" + at.toInstant() + "\",\"requiredLicenceTypes\":[],"
                + "\"missingLicenceTypes\":[],\"unsuccessfulBusinessIds\":[],\"supplierSize\":" + size
                + ",\"supplierVcse\":false,\"supplierPostcode\":" + postcode + ",\"cpvDivision\":\"45\"}";
    }
}
