package onestop.licensing.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** The business numbers a dashboard shows are what the database holds, a refresh after each change. */
@LicensingTest
class BusinessMetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    EntityManager em;

    @Test
    void draftsCountedByStateAndTheChassisGaugesPublished() {
        Business business = Business.create();
        for (int i = 0; i < 3; i++) {
            Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Metrics Street " + i),
                    Licensing.streetWorks());
        }
        long drafts = count("select count(*) from application where status = 'DRAFT'");
        assertThat(drafts).isGreaterThanOrEqualTo(3);

        Awaitility.await("the DRAFT gauge refreshed").atMost(Duration.ofSeconds(30))
                .until(() -> gauge("onestop_applications{status=\"DRAFT\"}") == count(
                        "select count(*) from application where status = 'DRAFT'"));
        String scrape = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scrape).contains("onestop_applications_overdue ", "onestop_mail_failed ",
                "onestop_outbox_oldest_age_seconds ", "onestop_consumer_lag{consumer=",
                "onestop_consumer_dead_lettered_total{consumer=");
    }

    private double gauge(String series) {
        return given().when().get(metrics).then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
