package onestop.opportunities.opportunity;

import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

@OpportunitiesTest
class ClosingJobTest {

    @Inject
    ClosingJob job;

    @Test
    void closersRunningAtOnceCloseEachNoticeOnce() {
        String council = TestTokens.buyer("Birmingham City Council");
        Instant closing = Instant.now().plusSeconds(2);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = Api.draft(council, Api.notice("Salt store " + Api.word()));
            as(council).body(Map.of("closingAt", closing.toString())).patch(OPPORTUNITIES + "/" + id).then().statusCode(200);
            as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
            ids.add(id.toString());
        }
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(closing));
            // two more closers besides the scheduled one, as if three replicas woke together
            CompletableFuture.allOf(CompletableFuture.runAsync(job::closeDue), CompletableFuture.runAsync(job::closeDue))
                    .join();
            var closed = topic.await(5, r -> ids.contains(r.key())
                    && "onestop.opportunities.opportunity.closed".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(15));
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> topic.records()
                    .stream().filter(r -> ids.contains(r.key())
                            && "onestop.opportunities.opportunity.closed".equals(TopicReader.header(r, "ce_type")))
                    .count() == 5);
            Set<String> keys = closed.stream().map(r -> r.key()).collect(Collectors.toSet());
            assertThat(keys).containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
