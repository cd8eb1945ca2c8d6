package onestop.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DashboardPartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
                page("[]"), page("[{\"reference\":\"OPP-1\"}]")), NONE);

        assertThat(view.applicationsInProgress()).extracting(a -> a.path("reference").asText()).containsExactly("B", "D");
        assertThat(view.licences()).extracting(l -> l.path("number").asText()).containsExactly("L3", "L2", "L1");
        assertThat(view.newOpportunities()).hasSize(1);
        assertThat(view.partial()).isFalse();
        assertThat(view.missing()).isEmpty();
    }

    @Test
    void aPartNoServiceGaveIsNamedAndTheAnswerIsPartial() throws Exception {
        DashboardView view = DashboardParts.assemble(new DashboardParts.Fetched(Optional.empty(), Optional.empty(),
                page("[]"), page("[]")), NONE);

        assertThat(view.partial()).isTrue();
        assertThat(view.missing()).containsExactly("applicationsInProgress", "licences");
        assertThat(view.applicationsInProgress()).isNull();
    }

    private static Optional<JsonNode> page(String items) throws Exception {
        return Optional.of(JSON.readTree("{\"items\":" + items + ",\"page\":0,\"size\":100,\"total\":0}"));
    }
}
