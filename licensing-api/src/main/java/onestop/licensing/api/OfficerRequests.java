package onestop.licensing.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the officers' actions on an application. */
public final class OfficerRequests {

    private OfficerRequests() {
    }

    public record Assignment(@NotBlank @Size(max = 200) String officer) {
    }

    public record InformationRequest(@NotBlank @Size(max = 4000) String message) {
    }

    public record NewRepresentation(@NotBlank @Size(max = 200) String from, @NotNull RepresentationCategory category,
            @NotBlank @Size(max = 10000) String grounds) {
    }

    /** The one-off extension of the target period: by how many working days, and why (told to the applicant). */
    public record TargetExtension(@NotNull @Min(1) @Max(60) Integer workingDays,
            @NotBlank @Size(max = 4000) String reasons) {
    }

    public record Decision(@NotNull DecisionOutcome outcome, List<@NotBlank @Size(max = 2000) String> conditions,
            @Size(max = 10000) String reasons) {

        public List<String> conditionsOrNone() {
            return conditions == null ? List.of() : conditions;
        }
    }
}
