package onestop.opportunities.response;

import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

/** A supplier amends its response before the deadline, and the buyer's side hears of it. */
@OpportunitiesTest
class ResponseAmendmentTest {

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID supplier = UUID.randomUUID();
    private final String supplierToken = TestTokens.business(supplier);

    @Test
    void amendingAResponseBeforeTheDeadlineRaisesResponseAmended() {
        as(supplierToken).body(Map.of("name", "Amend & Co Ltd", "size", "MICRO", "vcse", false, "postcode", "B1 1AA",
                "cpvInterests", List.of("45000000"), "description", "Builders", "charterSignatory", false))
                .put("/api/opportunities/suppliers/me").then().statusCode(200);
        UUID id = Api.published(council, Api.notice("Pavilion roof " + Api.word()));
        String responses = OPPORTUNITIES + "/" + id + "/responses";
        var submitted = as(supplierToken).body(Map.of("summary", "Slate roof.", "pricePence", 900_000))
                .post(responses).then().statusCode(201).extract();
        String responseId = submitted.path("id");
        String receipt = submitted.path("reference");

        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(supplierToken).body(Map.of("summary", "Slate roof, reclaimed slates.", "pricePence", 850_000))
                    .patch(responses + "/" + responseId).then().statusCode(200).body("pricePence", is(850_000));
            ConsumerRecord<String, String> amended = topic.await(1, r -> responseId.equals(r.key())
                    && "onestop.opportunities.response.amended".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(15)).get(0);
            assertThat(amended.value()).contains(supplier.toString()).contains(id.toString()).contains(receipt)
                    .contains("amendedAt").doesNotContain("850000").doesNotContain("reclaimed");
        }

        // after closing, an amendment is refused
        Api.deadlinePasses(council, OPPORTUNITIES + "/" + id);
        as(supplierToken).body(Map.of("summary", "Too late.", "pricePence", 1)).patch(responses + "/" + responseId)
                .then().statusCode(409).contentType("application/problem+json");
    }
}
