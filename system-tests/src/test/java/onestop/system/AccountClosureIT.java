package onestop.system;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import onestop.platform.testing.EmbeddedPostgres;

/**
 * Closing an account (UK GDPR art. 17, issue 19): a business that applied for a licence (granted), kept a draft
 * with a document, responded to a notice and asked a clarification question closes its account; afterwards every
 * service's database, read by SQL, holds none of its personal data, and the licence record remains.
 */
class AccountClosureIT {

    private static final String FORMER = "Former account holder";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void closingAnAccountErasesItsPersonalDataEverywhereAndKeepsTheLicenceRecord() throws Exception {
        String name = "Closure Test Cabs " + UUID.randomUUID().toString().substring(0, 8);
        Api.Business business = Api.registerBusiness(name);
        String userId = as(business.token()).when().get("/api/me").then().statusCode(200).extract().path("userId");
        Api.grantPrivateHireDriverLicence(system, business);
        String draft = as(business.token()).contentType(ContentType.JSON).body(Map.of("licenceTypeCode",
                "PRIVATE_HIRE_DRIVER", "kind", "NEW", "holderName", Api.DRIVER_NAME, "details", Map.of()))
                .when().post(Api.LICENSING + "/applications").then().statusCode(201).extract().path("id");
        as(business.token()).multiPart("file", "dbs.pdf", Api.PDF, "application/pdf").queryParam("type", "DBS_CERTIFICATE")
                .when().post(Api.LICENSING + "/applications/" + draft + "/documents").then().statusCode(201);
        respondAndAsk(business, name);

        as(business.token()).contentType(ContentType.JSON).body(Map.of("password", "not the password"))
                .when().delete("/api/me").then().statusCode(400);
        as(business.token()).contentType(ContentType.JSON).body(Map.of("password", Api.PASSWORD))
                .when().delete("/api/me").then().statusCode(204);

        UUID id = business.businessId();
        assertThat(rows("gateway", "select id from user_account where id = ?::uuid or email = ?", userId,
                business.email())).isEmpty();
        assertThat(rows("gateway", "select id from notification where user_id = ?::uuid", userId)).isEmpty();
        assertThat(rows("gateway", "select name, postcode, company_number from business where id = ?", id))
                .containsExactly(List.of(FORMER, "null", "null"));

        Awaitility.await("licensing anonymises the former holder").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(rows("licensing",
                        "select holder_name from licence where business_id = ?", id))
                        .containsExactly(List.of(FORMER)));
        assertThat(rows("licensing", "select count(*) from licence where business_id = ? and number is not null", id))
                .containsExactly(List.of("1"));
        assertThat(rows("licensing", "select distinct holder_name from application where business_id = ?", id))
                .containsExactly(List.of(FORMER));
        assertThat(rows("licensing", "select status from application where business_id = ? and status = 'GRANTED'",
                id)).hasSize(1);
        assertThat(rows("licensing", "select id from application_document where application_id = ?::uuid", draft))
                .isEmpty();
        assertThat(rows("licensing", "select details::text from application where id = ?::uuid", draft))
                .containsExactly(List.of("{}"));

        Awaitility.await("opportunities anonymises the former supplier").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(rows("opportunities",
                        "select name, postcode, description from supplier where business_id = ?", id))
                        .containsExactly(List.of(FORMER, "null", "null")));
        assertThat(rows("opportunities", "select id from supplier_response where business_id = ?", id)).hasSize(1);
        assertThat(rows("opportunities", "select id from question where asker_business_id = ?", id)).hasSize(1);
        for (String database : List.of("gateway", "licensing", "opportunities")) {
            assertThat(anyRowMentioning(database, name)).as("rows of %s naming the business", database).isEmpty();
            assertThat(anyRowMentioning(database, business.email())).as("rows of %s with the email", database)
                    .isEmpty();
        }

        // last: a failed sign-in is counted against the address tried, whoever tries it (SignInThrottle, a day)
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("email", business.email(), "password", Api.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(401);
    }

    private static void respondAndAsk(Api.Business business, String name) {
        String buyer = Api.staffToken(system, "buyer");
        as(business.token()).contentType(ContentType.JSON).body(Map.of("name", name, "size", "MICRO",
                "vcse", false, "postcode", "B6 4AA", "charterSignatory", false, "description", "Taxis in Aston"))
                .when().put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "School transport, Aston", "description", "Home to school transport for two routes.",
                "type", "QUOTE", "cpvCodes", List.of("60130000-8"), "valueMaxPence", 2_000_000,
                "closingAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .when().post(Api.OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        as(buyer).when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/publish").then().statusCode(200);
        as(business.token()).contentType(ContentType.JSON).body(Map.of("question", "Are wheelchair vehicles needed?"))
                .when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/questions").then().statusCode(201);
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Two licensed vehicles, DBS-checked drivers.", "pricePence", 1_500_000))
                .when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/responses").then().statusCode(201);
    }

    /** Every row of every table of {@code database} whose text holds {@code text}, as "table: row". */
    private static List<String> anyRowMentioning(String database, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        for (List<String> table : rows(database,
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE'")) {
            for (List<String> row : rows(database, "select t::text from \"" + table.get(0) + "\" t "
                    + "where strpos(lower(t::text), lower(?)) > 0", text)) {
                found.add(table.get(0) + ": " + row.get(0));
            }
        }
        return found;
    }

    private static List<List<String>> rows(String database, String sql, Object... parameters) throws SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        try (Connection c = DriverManager.getConnection(postgres.database(database), postgres.username(),
                postgres.password()); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof UUID ? parameters[i] : String.valueOf(parameters[i]));
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
