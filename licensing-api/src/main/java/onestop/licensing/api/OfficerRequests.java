package onestop.licensing.api;

import java.time.LocalDate;
import java.time.LocalTime;
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

    /**
     * A decision: grant (with the conditions given), refuse (with reasons), or after a hearing grant with modified
     * conditions or excluding some of the licensable activities applied for (with reasons).
     */
    public record Decision(@NotNull DecisionOutcome outcome, List<@NotBlank @Size(max = 2000) String> conditions,
            @Size(max = 10000) String reasons, List<@NotBlank @Size(max = 100) String> excludedActivities) {

        /** A decision as before hearings existed: nothing excluded. */
        public Decision(DecisionOutcome outcome, List<String> conditions, String reasons) {
            this(outcome, conditions, reasons, null);
        }

        public List<String> conditionsOrNone() {
            return conditions == null ? List.of() : conditions;
        }

        public List<String> excludedActivitiesOrNone() {
            return excludedActivities == null ? List.of() : excludedActivities;
        }
    }

    /** The officer's finding on a representation; reasons are required unless it is relevant. */
    public record Determination(@NotNull RepresentationDetermination determination,
            @Size(max = 4000) String reasons) {
    }

    /** A hearing's day, time (council time) and place; also the body of an adjournment to a new one. */
    public record NewHearing(@NotNull LocalDate date, @NotNull LocalTime time,
            @NotBlank @Size(max = 500) String place) {
    }

    /** All parties agreed a hearing is unnecessary (Hearings Regulations 2005 reg 9): how they said so. */
    public record HearingDispensation(@NotBlank @Size(max = 4000) String reasons) {
    }
}
