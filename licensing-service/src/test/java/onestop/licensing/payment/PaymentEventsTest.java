package onestop.licensing.payment;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.GovUkPayStub;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.platform.testing.TopicReader;

/**
 * What Pay says of a payment goes out on the licensing topic through the outbox: succeeded once, failed
 * (cancelled or expired), refunded.
 */
@LicensingTest
class PaymentEventsTest {

    @Inject
    PaymentReconciliationJob job;

    @AfterEach
    void payAnswersAgain() {
        GovUkPayStub.reset();
    }

    private static String start(Business business, String id) {
        return as(business.token()).when().post(API + "/applications/" + id + "/payment")
                .then().statusCode(201).contentType(ContentType.JSON).extract().path("paymentId");
    }

    private static void ask(Business business, String id, String state) {
        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(200).body("state", is(state));
    }

    private static List<ConsumerRecord<String, String>> events(String id, String verb, int count) {
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            return topic.await(count, r -> id.equals(r.key())
                    && ("onestop.licensing.application." + verb).equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aCancelledPaymentFailsThenASuccessfulOneSucceedsOnce() {
        Business business = Business.create();
        String id = Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Event Street Works"),
                Licensing.streetWorks());
        String cancelled = start(business, id);
        GovUkPayStub.state(cancelled, "failed", true, "P0030", "Payment was cancelled by the user");
        ask(business, id, "failed");
        assertThat(events(id, "payment-failed", 1).get(0).value()).contains(cancelled)
                .contains("cancelled by the user");

        String paid = start(business, id);
        GovUkPayStub.state(paid, "success", true, null, null);
        ask(business, id, "success");
        ask(business, id, "success");
        assertThat(events(id, "payment-succeeded", 1).get(0).value()).contains(paid).contains(id);
        // asking again, or a webhook with the same news, raises nothing more
        assertThat(events(id, "payment-succeeded", 1)).hasSize(1);
    }

    @Test
    void aRefundGoesOutAsRefunded() {
        Business business = Business.create();
        String id = Licensing.submittedStreetWorks(business, "Refund Event Works");
        String etag = Licensing.etag(business.token(), id);
        as(business.token()).header("If-Match", etag).when().post(API + "/applications/" + id + "/withdraw")
                .then().statusCode(200);
        job.run();
        job.run();

        assertThat(events(id, "payment-succeeded", 1)).hasSize(1);
        assertThat(events(id, "payment-refunded", 1).get(0).value()).contains("Refund of");
    }
}
