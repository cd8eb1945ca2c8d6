package onestop.licensing.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the routes anyone may call without an account, and of the responsible authorities' route. */
public final class PublicRequests {

    private PublicRequests() {
    }

    /** A member of the public's representation; it counts once {@code email} is confirmed. */
    public record Representation(@NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 500) String address,
            @NotEmpty @Size(max = 4) List<@NotNull LicensingObjective> objectives,
            @NotBlank @Size(max = 10000) String grounds) {
    }

    /** A responsible authority's representation, made signed in: the authority is the caller's role. */
    public record AuthorityRepresentation(@NotEmpty @Size(max = 4) List<@NotNull LicensingObjective> objectives,
            @NotBlank @Size(max = 10000) String grounds) {
    }

    /** A subscription to emails about new applications under consultation in a postcode district or sector. */
    public record AreaAlert(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 10) String area,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> licenceTypeCodes) {
    }

    /** The token of a link sent by email: to confirm a representation or an alert, or to unsubscribe. */
    public record Token(@NotBlank @Size(max = 200) String token) {
    }

    /** What a 202 answers: nothing counts yet, an email has been sent to confirm. */
    public record CheckYourEmail(String message) {
    }

    /** A confirmed representation: which application it is on. */
    public record RepresentationConfirmed(java.util.UUID applicationId, String reference) {
    }

    /** A confirmed area alert. */
    public record AreaAlertConfirmed(String area, List<String> licenceTypeCodes) {
    }
}
