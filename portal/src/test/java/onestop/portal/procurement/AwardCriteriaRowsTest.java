package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.AwardCriterion;
import onestop.portal.FormError;

/** The notice form's award criteria rows: blank rows are left out, emptying every row clears the criteria. */
class AwardCriteriaRowsTest {

    @Test
    void blankRowsAreLeftOut() {
        var form = new MultivaluedHashMap<String, String>();
        form.add("criterionName-1", "Price");
        form.add("criterionKind-1", "PRICE");
        form.add("criterionWeight-1", "60");
        form.add("criterionName-3", "Social value");
        form.add("criterionKind-3", "SOCIAL_VALUE");
        form.add("criterionWeight-3", "40%");
        List<FormError> errors = new ArrayList<>();
        assertThat(AwardCriteriaRows.toCriteria(AwardCriteriaRows.from(form), false, errors)).containsExactly(
                new AwardCriterion("Price", AwardCriterion.Kind.PRICE, 60, null),
                new AwardCriterion("Social value", AwardCriterion.Kind.SOCIAL_VALUE, 40, null));
        assertThat(errors).isEmpty();
    }

    @Test
    void noRowsSendNothingUnlessTheNoticeHadCriteria() {
        var empty = AwardCriteriaRows.from(new MultivaluedHashMap<>());
        assertThat(AwardCriteriaRows.toCriteria(empty, false, new ArrayList<>())).isNull();
        assertThat(AwardCriteriaRows.toCriteria(empty, true, new ArrayList<>())).isEmpty();
    }

    @Test
    void aWeightingThatIsNotANumberIsSaid() {
        var form = new MultivaluedHashMap<String, String>();
        form.add("criterionName-2", "Quality");
        form.add("criterionWeight-2", "a lot");
        List<FormError> errors = new ArrayList<>();
        AwardCriteriaRows.toCriteria(AwardCriteriaRows.from(form), false, errors);
        assertThat(errors).extracting(FormError::field).containsExactly("criterionWeight-2");
    }

    @Test
    void theServicesScoreErrorsPointAtTheirRow() {
        assertThat(AssessmentPages.fieldId("scores[1].reason")).isEqualTo("reason-2");
        assertThat(AssessmentPages.fieldId("scores[0].score")).isEqualTo("score-1");
        assertThat(AssessmentPages.fieldId("scores")).isEqualTo("score-1");
    }
}
