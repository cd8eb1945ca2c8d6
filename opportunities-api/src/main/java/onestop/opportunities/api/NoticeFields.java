package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;


/**
 * The fields a buyer writes on a notice, for a new draft (title, description and type required) and for
 * a PATCH of a draft or an open notice (a field left out stays as it is; see {@link NoticePatch} for one sent as
 * null). {@code valueMinPence}/{@code valueMaxPence} are without VAT; {@code valueGrossPence} is the estimated
 * value including VAT, which the Act's thresholds are judged on; {@code category} picks the threshold. A client
 * that leaves {@code category} or {@code awardCriteria} null does not send them, so they stay as they are (an
 * empty list of criteria clears them); the same for {@code lots}: a tender notice divided into lots has its
 * award criteria per lot, and none of its own.
 */
public record NoticeFields(
        @Size(max = 300) String title,
        @Size(max = 20000) String description,
        OpportunityType type,
        @Size(max = 20) List<@NotBlank String> cpvCodes,
        @PositiveOrZero Long valueMinPence,
        @PositiveOrZero Long valueMaxPence,
        @Size(max = 200) String location,
        @Pattern(regexp = POSTCODE, message = "must be a UK postcode") String postcode,
        Instant closingAt,
        Boolean smeSuitable,
        Boolean vcseSuitable,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z0-9_-]{1,64}",
                message = "must be a licence type code") String> requiredLicenceTypes,
        @Size(max = 6) List<@NotNull CharterTheme> socialValueThemes,
        UUID parentOpportunityId,
        @Valid BuyerContact contact,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProcurementCategory category,
        @PositiveOrZero Long valueGrossPence,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 20) List<@NotNull @Valid AwardCriterion> awardCriteria,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 50) List<@NotNull @Valid Lot> lots) {

    /** The fields without lots (left as they are). */
    public NoticeFields(String title, String description, OpportunityType type, List<String> cpvCodes,
            Long valueMinPence, Long valueMaxPence, String location, String postcode, Instant closingAt,
            Boolean smeSuitable, Boolean vcseSuitable, List<String> requiredLicenceTypes,
            List<CharterTheme> socialValueThemes, UUID parentOpportunityId, BuyerContact contact,
            ProcurementCategory category, Long valueGrossPence, List<AwardCriterion> awardCriteria) {
        this(title, description, type, cpvCodes, valueMinPence, valueMaxPence, location, postcode, closingAt,
                smeSuitable, vcseSuitable, requiredLicenceTypes, socialValueThemes, parentOpportunityId, contact,
                category, valueGrossPence, awardCriteria, null);
    }

    /** Outward code and optional inward code, case and spacing free. */
    public static final String POSTCODE = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9][A-Z]{2})?";
}
