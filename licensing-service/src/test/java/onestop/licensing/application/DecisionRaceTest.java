package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** Two officers deciding the same application at once: one decision stands, the other is told it is stale. */
@LicensingTest
class DecisionRaceTest {

    @Test
    void onlyOneOfTwoSimultaneousDecisionsStands() throws Exception {
        Business business = Business.create();
        String id = Licensing.submittedStreetWorks(business, "Contested works");
        String officer = Licensing.officer();
        as(officer).when().post(API + "/applications/" + id + "/validate").then().statusCode(200);
        String etag = Licensing.etag(officer, id);

        ExecutorService officers = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            Callable<Integer> grant = () -> decide(officer, id, etag, Map.of("outcome", "GRANT"));
            Callable<Integer> refuse = () -> decide(officer, id, etag,
                    Map.of("outcome", "REFUSE", "reasons", "The street is closed that week"));
            for (Future<Integer> answer : officers.invokeAll(List.of(grant, refuse))) {
                statuses.add(answer.get());
            }
        } finally {
            officers.shutdown();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("findAll { it.to == 'GRANTED' || it.to == 'REFUSED' }.size()", is(1));
        int licences = as(business.token()).when().get(API + "/licences").then().extract().path("total");
        String status = as(business.token()).when().get(API + "/applications/" + id).then().extract().path("status");
        assertThat(licences).isEqualTo(status.equals("GRANTED") ? 1 : 0);
    }

    private static int decide(String officer, String id, String etag, Map<String, Object> decision) {
        return as(officer).contentType(ContentType.JSON).header("If-Match", etag).body(decision)
                .when().post(API + "/applications/" + id + "/decision").then().extract().statusCode();
    }
}
