package onestop.opportunities.lifecycle;

import static onestop.opportunities.api.OpportunityStatus.AWARDED;
import static onestop.opportunities.api.OpportunityStatus.CANCELLED;
import static onestop.opportunities.api.OpportunityStatus.CLOSED;
import static onestop.opportunities.api.OpportunityStatus.DRAFT;
import static onestop.opportunities.api.OpportunityStatus.OPEN;
import static onestop.opportunities.api.OpportunityStatus.PLANNED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import onestop.opportunities.api.OpportunityStatus;

/** The steps of the notice and response lifecycle a random sequence is made of, with who may take them and when. */
enum NoticeAction {
    PUBLISH(Set.of(OPEN), DRAFT),
    /** The buyer closes the notice: never sooner than its deadline, when the service has closed it already. */
    CLOSE(Set.of(CLOSED)),
    /** Not a request: the service's clock passes the deadline, and an open notice closes. */
    DEADLINE_PASSES(Set.of(CLOSED), OPEN),
    CANCEL(Set.of(CANCELLED), DRAFT, PLANNED, OPEN, CLOSED),
    AWARD(Set.of(AWARDED), CLOSED),
    RESPOND(Set.of(), OPEN);

    static final String API = "/api/opportunities/opportunities/";

    final Set<OpportunityStatus> leadsTo;
    final Set<OpportunityStatus> allowedFrom;

    NoticeAction(Set<OpportunityStatus> leadsTo, OpportunityStatus... allowedFrom) {
        this.leadsTo = leadsTo;
        this.allowedFrom = EnumSet.noneOf(OpportunityStatus.class);
        this.allowedFrom.addAll(List.of(allowedFrom));
    }

    /** Who takes a step; the buyer is the notice's own, the supplier has a supplier profile. */
    enum Role {
        BUYER, ANOTHER_BUYER, SUPPLIER, ANOTHER_BUSINESS, OFFICER, ANONYMOUS
    }

    /** The tokens of one sequence's parties. */
    record Parties(String buyer, String anotherBuyer, String supplier, String anotherBusiness, String officer) {

        RequestSpecification as(Role role) {
            String token = switch (role) {
                case BUYER -> buyer;
                case ANOTHER_BUYER -> anotherBuyer;
                case SUPPLIER -> supplier;
                case ANOTHER_BUSINESS -> anotherBusiness;
                case OFFICER -> officer;
                case ANONYMOUS -> null;
            };
            return token == null ? RestAssured.given() : RestAssured.given().auth().oauth2(token);
        }
    }

    /** The role the step is meant for. */
    Role meantFor() {
        return this == RESPOND ? Role.SUPPLIER : Role.BUYER;
    }

    Response take(Role role, Parties parties, String id, String responseId) {
        RequestSpecification request = parties.as(role);
        return switch (this) {
            case PUBLISH, CLOSE -> request.post(API + id + "/" + name().toLowerCase());
            case DEADLINE_PASSES -> throw new IllegalStateException("the deadline passes on the clock, not by request");
            case CANCEL -> request.contentType(ContentType.JSON).body(Map.of("reason", "The need has gone away."))
                    .post(API + id + "/cancel");
            case AWARD -> request.contentType(ContentType.JSON)
                    .body(Map.of("responseId", responseId == null ? "00000000-0000-0000-0000-000000000000" : responseId,
                            "valuePence", 1_500_000))
                    .post(API + id + "/award");
            case RESPOND -> request.contentType(ContentType.JSON)
                    .body(Map.of("summary", "Weekly deliveries with our own vans.", "pricePence", 1_500_000))
                    .post(API + id + "/responses");
        };
    }

    /**
     * The answers the rules allow {@code role} taking this step on a notice in {@code status}, its deadline passed
     * or not.
     */
    Set<Integer> expectedStatuses(Role role, OpportunityStatus status, boolean responded, boolean pastDeadline) {
        if (role == Role.ANONYMOUS) {
            return Set.of(401);
        }
        if (this == RESPOND) {
            if (role != Role.SUPPLIER && role != Role.ANOTHER_BUSINESS) {
                return Set.of(403);
            }
            if (!allowedFrom.contains(status)) {
                // a notice that is not open takes no response; a draft is not there for suppliers at all
                return status == DRAFT ? Set.of(404) : Set.of(409, 422);
            }
            // another business has no supplier profile yet; a supplier responds once
            return role == Role.SUPPLIER && responded ? Set.of(409) : Set.of(201, 409, 422);
        }
        if (role == Role.ANOTHER_BUYER) {
            return Set.of(404);
        }
        if (role != Role.BUYER) {
            return Set.of(403);
        }
        if (this == AWARD && !responded) {
            // there is no response to award (a made-up id): not found, whatever the notice's state
            return Set.of(404);
        }
        if (!allowedFrom.contains(status)) {
            return Set.of(409);
        }
        if (this == PUBLISH && pastDeadline) {
            // a draft whose deadline has gone by: the deadline is refused, not the step
            return Set.of(422);
        }
        return Set.of(200);
    }
}
