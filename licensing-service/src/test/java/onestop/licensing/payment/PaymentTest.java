package onestop.licensing.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.GovUkPayStub;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/**
 * Fees through GOV.UK Pay (stubbed to its contract): only Pay's {@code success} pays, whether learned on the
 * payer's return, from a signed webhook or by the reconciliation job; a tampered webhook and an unreachable Pay
 * change nothing; a fee is not charged twice; a fee paid on an application withdrawn before validation is refunded.
 */
@LicensingTest
class PaymentTest {

    @Inject
    PaymentReconciliationJob job;

    @AfterEach
    void payAnswersAgain() {
        GovUkPayStub.reset();
    }

    private static String draft(Business business) {
        return Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Pay Street Works"),
                Licensing.streetWorks());
    }

    private static String start(Business business, String id) {
        return as(business.token()).when().post(API + "/applications/" + id + "/payment")
                .then().statusCode(201).contentType(ContentType.JSON).body("state", is("created"))
                .body("paid", is(false)).body("nextUrl", containsString("/secure/"))
                .extract().path("paymentId");
    }

    private static void feePaid(Business business, String id, boolean paid) {
        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200)
                .body("feePaid", is(paid));
    }

    @Test
    void onlySuccessAtPayPaysTheFeeAndItShowsOnTheTimeline() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        as(business.token()).when().get(API + "/applications/" + id).then().body("paymentState", is("created"));

        GovUkPayStub.state(paymentId, "started", false, null, null);
        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(200).body("state", is("started")).body("paid", is(false));
        feePaid(business, id, false);

        GovUkPayStub.state(paymentId, "success", true, null, null);
        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(200).body("state", is("success")).body("paid", is(true))
                .body("nextUrl", nullValue());
        as(business.token()).when().get(API + "/applications/" + id).then()
                .body("feePaid", is(true)).body("paymentReference", is(paymentId)).body("paymentState", is("success"));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("message", hasItem(containsString("paid through GOV.UK Pay (payment " + paymentId)));
    }

    @Test
    void aPayerWhoCancelledHasNotPaidAndCanTryAgain() {
        Business business = Business.create();
        String id = draft(business);
        String first = start(business, id);
        GovUkPayStub.state(first, "failed", true, "P0030", "Payment was cancelled by the user");

        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(200).body("state", is("failed")).body("paid", is(false))
                .body("failureReason", is("You cancelled the payment."));
        feePaid(business, id, false);

        String second = start(business, id);
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aWebhookAloneMarksThePaymentPaid() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        String body = GovUkPayStub.webhook(paymentId, "success", true);

        given().contentType(ContentType.JSON).header("Pay-Signature", GovUkPayStub.sign(body)).body(body)
                .when().post(API + "/payments/webhooks").then().statusCode(200);

        feePaid(business, id, true);
        GovUkPayStub.server().verify(0, getRequestedFor(urlEqualTo("/v1/payments/" + paymentId)));
        // the same message again changes nothing
        given().contentType(ContentType.JSON).header("Pay-Signature", GovUkPayStub.sign(body)).body(body)
                .when().post(API + "/payments/webhooks").then().statusCode(200);
    }

    @Test
    void aLateWebhookWithOlderNewsLeavesAPaidFeePaid() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        String success = GovUkPayStub.webhook(paymentId, "success", true);
        given().contentType(ContentType.JSON).header("Pay-Signature", GovUkPayStub.sign(success)).body(success)
                .when().post(API + "/payments/webhooks").then().statusCode(200);
        String etag = as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200)
                .extract().header("ETag");

        // Pay's webhook for an earlier step, delivered out of order after the payment finished
        String started = GovUkPayStub.webhook(paymentId, "started", false);
        given().contentType(ContentType.JSON).header("Pay-Signature", GovUkPayStub.sign(started)).body(started)
                .when().post(API + "/payments/webhooks").then().statusCode(200);

        feePaid(business, id, true);
        as(business.token()).when().get(API + "/applications/" + id + "/payment").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.is("success"));
        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void aTamperedOrUnsignedWebhookIsRefusedAndChangesNothing() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        String signed = GovUkPayStub.webhook(paymentId, "failed", true);
        String tampered = signed.replace("\"failed\"", "\"success\"");

        given().contentType(ContentType.JSON).header("Pay-Signature", GovUkPayStub.sign(signed)).body(tampered)
                .when().post(API + "/payments/webhooks")
                .then().statusCode(401).contentType("application/problem+json").body("title", notNullValue());
        given().contentType(ContentType.JSON).body(tampered)
                .when().post(API + "/payments/webhooks").then().statusCode(401);

        feePaid(business, id, false);
        as(business.token()).when().get(API + "/applications/" + id).then().body("paymentState", is("created"));
    }

    @Test
    void payUnreachableLeavesNothingPaidAndSaysSo() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        GovUkPayStub.unreachable();

        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "60")
                .body("detail", containsString("Nothing has been charged"));
        as(business.token()).when().post(API + "/applications/" + id + "/payment")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        org.assertj.core.api.Assertions.assertThat(job.run()).isZero();

        feePaid(business, id, false);
        as(business.token()).when().post(API + "/applications/" + id + "/submit").then().statusCode(422);
        org.assertj.core.api.Assertions.assertThat(paymentId).isNotBlank();
    }

    @Test
    void aFeeIsNotChargedTwice() {
        Business business = Business.create();
        String id = draft(business);
        String open = start(business, id);
        // asking again while the first is open: the first is cancelled at Pay before a second is made
        GovUkPayStub.state(open, "started", false, null, null);
        String second = start(business, id);
        GovUkPayStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + open + "/cancel")));

        // the second was paid at Pay: asking once more refuses and creates nothing
        GovUkPayStub.state(second, "success", true, null, null);
        int created = GovUkPayStub.server().countRequestsMatching(
                postRequestedFor(urlEqualTo("/v1/payments")).build()).getCount();
        as(business.token()).when().post(API + "/applications/" + id + "/payment")
                .then().statusCode(409).contentType("application/problem+json");
        as(business.token()).when().post(API + "/applications/" + id + "/payment").then().statusCode(409);
        org.assertj.core.api.Assertions.assertThat(GovUkPayStub.server().countRequestsMatching(
                postRequestedFor(urlEqualTo("/v1/payments")).build()).getCount()).isEqualTo(created);
        feePaid(business, id, true);
    }

    @Test
    void aPaymentPayDoesNotKnowIsEndedAndHoldsNothingUp() {
        Business business = Business.create();
        String id = draft(business);
        String lost = start(business, id);
        GovUkPayStub.unknown(lost);

        String next = start(business, id);

        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(lost);
        feePaid(business, id, false);
    }

    @Test
    void theReconciliationJobSettlesAPaymentNobodyCameBackFor() {
        Business business = Business.create();
        String id = draft(business);
        start(business, id);

        job.run();

        feePaid(business, id, true);
    }

    @Test
    void aPaymentLeftOpenPastPaysTimeLimitIsCancelledAndEnded() {
        Business business = Business.create();
        String id = draft(business);
        String paymentId = start(business, id);
        GovUkPayStub.state(paymentId, "started", false, null, null);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Payment.update(
                "createdAt = ?1 where payId = ?2", java.time.Instant.now().minus(java.time.Duration.ofHours(2)),
                paymentId));

        job.run();

        GovUkPayStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/cancel")));
        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().statusCode(200).body("state", is("failed")).body("paid", is(false))
                .body("failureReason", is("The payment timed out before it was finished."));
        feePaid(business, id, false);
    }

    @Test
    void aFeePaidOnAnApplicationWithdrawnBeforeValidationIsRefunded() {
        Business business = Business.create();
        String id = Licensing.submittedStreetWorks(business, "Refunded Street Works");
        String etag = Licensing.etag(business.token(), id);

        String paymentId = as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().extract().path("paymentId");
        as(business.token()).header("If-Match", etag).when().post(API + "/applications/" + id + "/withdraw")
                .then().statusCode(200);
        job.run();
        job.run();

        GovUkPayStub.server().verify(1, postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refunds")));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("message", hasItem(containsString("Refund of £")));
        as(business.token()).when().get(API + "/applications/" + id + "/payment")
                .then().body("refund", is("submitted"));
    }
}
