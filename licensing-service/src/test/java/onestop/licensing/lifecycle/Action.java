package onestop.licensing.lifecycle;

import static onestop.licensing.api.ApplicationStatus.DRAFT;
import static onestop.licensing.api.ApplicationStatus.GRANTED;
import static onestop.licensing.api.ApplicationStatus.INFORMATION_REQUESTED;
import static onestop.licensing.api.ApplicationStatus.IN_CONSULTATION;
import static onestop.licensing.api.ApplicationStatus.REFUSED;
import static onestop.licensing.api.ApplicationStatus.SUBMITTED;
import static onestop.licensing.api.ApplicationStatus.UNDER_REVIEW;
import static onestop.licensing.api.ApplicationStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import onestop.licensing.api.ApplicationStatus;
import onestop.platform.testing.SampleFiles;

/**
 * The steps of the application lifecycle a random sequence is made of: what each sends, who is meant to take it,
 * from which states it is allowed and where it leads (mirroring docs/domain.md, not the service's own tables).
 */
enum Action {
    EDIT(Role.OWNER, Set.of(), DRAFT, INFORMATION_REQUESTED),
    UPLOAD_DOCUMENTS(Role.OWNER, Set.of(), DRAFT, INFORMATION_REQUESTED),
    PAY(Role.OWNER, Set.of(), DRAFT),
    SUBMIT(Role.OWNER, Set.of(SUBMITTED), DRAFT),
    RESUBMIT(Role.OWNER, Set.of(SUBMITTED), INFORMATION_REQUESTED),
    WITHDRAW(Role.OWNER, Set.of(WITHDRAWN), DRAFT, SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION, UNDER_REVIEW),
    ASSIGN(Role.OFFICER, Set.of(), SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION, UNDER_REVIEW),
    REQUEST_INFORMATION(Role.OFFICER, Set.of(INFORMATION_REQUESTED), SUBMITTED),
    VALIDATE(Role.OFFICER, Set.of(UNDER_REVIEW, IN_CONSULTATION), SUBMITTED),
    GRANT(Role.OFFICER, Set.of(GRANTED), IN_CONSULTATION, UNDER_REVIEW),
    REFUSE(Role.OFFICER, Set.of(REFUSED), IN_CONSULTATION, UNDER_REVIEW);

    static final String API = "/api/licensing/applications/";
    static final List<String> DOCUMENTS = List.of("DBS_CERTIFICATE", "GROUP2_MEDICAL", "DVLA_LICENCE");

    final Role meantFor;
    final Set<ApplicationStatus> leadsTo;
    final Set<ApplicationStatus> allowedFrom;

    Action(Role meantFor, Set<ApplicationStatus> leadsTo, ApplicationStatus... allowedFrom) {
        this.meantFor = meantFor;
        this.leadsTo = leadsTo;
        this.allowedFrom = EnumSet.copyOf(List.of(allowedFrom));
    }

    /** Takes the step as {@code role} on application {@code id} at version {@code etag}: every answer, in order. */
    List<Response> take(Role role, UUID owner, String id, String etag) {
        String at = API + id;
        return switch (this) {
            case EDIT -> List.of(role.request(owner).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("holderName", "Samir Lichfield")).patch(at));
            case UPLOAD_DOCUMENTS -> {
                List<Response> answers = new ArrayList<>();
                for (String document : DOCUMENTS) {
                    answers.add(role.request(owner).multiPart("file", document.toLowerCase() + ".pdf", SampleFiles.pdf())
                            .queryParam("type", document).post(at + "/documents"));
                }
                yield answers;
            }
            case PAY -> {
                // a payment created at GOV.UK Pay (201) is settled by asking for its state (200): the test's Pay succeeds
                Response created = role.request(owner).post(at + "/payment");
                yield created.statusCode() == 201 ? List.of(created, role.request(owner).get(at + "/payment"))
                        : List.of(created);
            }
            case SUBMIT, RESUBMIT, WITHDRAW, VALIDATE -> List.of(role.request(owner).header("If-Match", etag)
                    .post(at + "/" + name().toLowerCase()));
            case ASSIGN -> List.of(role.request(owner).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("officer", "officer@onestop.local")).post(at + "/assign"));
            case REQUEST_INFORMATION -> List.of(role.request(owner).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("message", "Please send a clearer DBS certificate.")).post(at + "/request-information"));
            case GRANT -> List.of(role.request(owner).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "GRANT", "conditions", List.of("Display the badge"))).post(at + "/decision"));
            case REFUSE -> List.of(role.request(owner).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "REFUSE", "reasons", "The DBS certificate shows a relevant conviction."))
                    .post(at + "/decision"));
        };
    }

    /** The status codes {@code role} may be answered when taking this step from {@code status}. */
    Set<Integer> expectedStatuses(Role role, ApplicationStatus status) {
        if (role == Role.ANONYMOUS) {
            return Set.of(401);
        }
        if (role == Role.ANOTHER_BUSINESS) {
            // another party's application does not exist for them; an officer's step is refused by role first
            return meantFor == Role.OWNER ? Set.of(404) : Set.of(403);
        }
        if (role != meantFor) {
            return Set.of(403);
        }
        if (!allowedFrom.contains(status)) {
            return Set.of(409);
        }
        return switch (this) {
            // an incomplete application is refused naming what is missing
            case SUBMIT, RESUBMIT -> Set.of(200, 400, 422);
            // a document already uploaded, a fee already paid
            case UPLOAD_DOCUMENTS -> Set.of(201, 409);
            case PAY -> Set.of(200, 201, 409);
            default -> Set.of(200);
        };
    }
}
