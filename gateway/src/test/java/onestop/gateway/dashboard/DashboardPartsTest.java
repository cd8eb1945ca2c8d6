package onestop.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.gateway.api.DashboardView;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceView;

class DashboardPartsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final DashboardView.Notifications NONE = new DashboardView.Notifications(0, List.of());

    @Test
    void onlyOpenApplicationsAreInProgressAndLicencesComeSoonestExpiryFirst() throws Exception {
        DashboardView view = DashboardParts.assemble(new DashboardParts.Fetched(
                page("""
                        [{"reference":"A","status":"REFUSED"},{"reference":"B","status":"IN_CONSULTATION"},
                         {"reference":"C","status":"WITHDRAWN"},{"reference":"D","status":"INFORMATION_REQUESTED"}]"""),
                page("""
                        [{"number":"L1"},{"number":"L2","expiresAt":"2027-01-01T00:00:00Z"},
                         {"number":"L3","expiresAt":"2026-06-01T00:00:00Z"}]"""),
                page("[]"), page("[{\"reference\":\"OPP-1\"}]")), NONE, JSON);

        assertThat(view.applicationsInProgress()).extracting(ApplicationView::reference).containsExactly("B", "D");
        assertThat(view.licences()).extracting(LicenceView::number).containsExactly("L3", "L2", "L1");
        assertThat(view.newOpportunities()).hasSize(1);
        assertThat(view.partial()).isFalse();
        assertThat(view.missing()).isEmpty();
    }

    @Test
    void aPartNoServiceGaveIsNamedAndTheAnswerIsPartial() throws Exception {
        DashboardView view = DashboardParts.assemble(new DashboardParts.Fetched(Optional.empty(), Optional.empty(),
                page("[]"), page("[]")), NONE, JSON);

        assertThat(view.partial()).isTrue();
        assertThat(view.missing()).containsExactly("applicationsInProgress", "licences");
        assertThat(view.applicationsInProgress()).isNull();
    }

    @Test
    void aPartWhoseItemsThisGatewayCannotReadIsLeftOutLikeOneThatDidNotCome() throws Exception {
        DashboardView view = DashboardParts.assemble(new DashboardParts.Fetched(
                page("[{\"reference\":\"A\",\"status\":\"A_STATUS_FROM_THE_FUTURE\"}]"), page("[]"), page("[]"),
                page("[]")), NONE, JSON);

        assertThat(view.missing()).containsExactly("applicationsInProgress");
        assertThat(view.licences()).isEmpty();
    }

    private static Optional<JsonNode> page(String items) throws Exception {
        return Optional.of(JSON.readTree("{\"items\":" + items + ",\"page\":0,\"size\":100,\"total\":0}"));
    }
}
