package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.Lot;
import onestop.portal.FormError;

/** The notice form's lot rows: blank lots and criteria are left out, emptying every lot clears them. */
class LotRowsTest {

    @Test
    void aFilledLotIsSentWithItsValuesAndCriteria() {
        var form = new MultivaluedHashMap<String, String>();
        form.add("lot-2-title", "Secondary schools");
        form.add("lot-2-value", "10000");
        form.add("lot-2-valueGross", "12,000.50");
        form.add("lot-2-c1-name", "Price");
        form.add("lot-2-c1-kind", "PRICE");
        form.add("lot-2-c1-weight", "90");
        form.add("lot-2-c3-name", "Social value");
        form.add("lot-2-c3-kind", "SOCIAL_VALUE");
        form.add("lot-2-c3-weight", "10%");
        List<FormError> errors = new ArrayList<>();
        List<Lot> lots = LotRows.toLots(LotRows.from(form), false, errors);
        assertThat(errors).isEmpty();
        assertThat(lots).containsExactly(new Lot("2", "Secondary schools", null, 1_000_000L, 1_200_050L, List.of(
                new AwardCriterion("Price", AwardCriterion.Kind.PRICE, 90, null),
                new AwardCriterion("Social value", AwardCriterion.Kind.SOCIAL_VALUE, 10, null))));
    }

    @Test
    void noLotsSendNothingUnlessTheNoticeHadLots() {
        var empty = LotRows.from(new MultivaluedHashMap<>());
        assertThat(LotRows.toLots(empty, false, new ArrayList<>())).isNull();
        assertThat(LotRows.toLots(empty, true, new ArrayList<>())).isEmpty();
    }

    @Test
    void aLotsBadWeightingOrValueIsSaidOnItsField() {
        var form = new MultivaluedHashMap<String, String>();
        form.add("lot-1-title", "Primary schools");
        form.add("lot-1-value", "lots");
        form.add("lot-1-c2-weight", "most");
        List<FormError> errors = new ArrayList<>();
        LotRows.toLots(LotRows.from(form), false, errors);
        assertThat(errors).extracting(FormError::field).containsExactlyInAnyOrder("lot-1-c2-weight", "lot-1-value");
        assertThat(NoticeForm.fieldId("lots[0].awardCriteria")).isEqualTo("lots");
    }

    @Test
    void aLotReadBackKeepsItsId() {
        List<LotRows.Row> rows = LotRows.of(List.of(new Lot("A-7", "Kitchens", "Fit out", 500L, null, List.of())));
        assertThat(rows).hasSize(LotRows.ROWS);
        assertThat(rows.get(0).id()).isEqualTo("A-7");
        assertThat(rows.get(0).value()).isEqualTo("5");
        assertThat(rows.get(1).title()).isEmpty();
    }
}
