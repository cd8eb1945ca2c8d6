package onestop.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Operation ids named from the route, as a generated client shows them. */
class OperationIdsTest {

    @Test
    void aRouteIsNamedForWhatItDoes() {
        assertThat(OperationIds.name("POST", "/api/licensing/applications/{id}/submit")).isEqualTo("submitApplication");
        assertThat(OperationIds.name("POST", "/api/licensing/applications")).isEqualTo("createApplication");
        assertThat(OperationIds.name("GET", "/api/licensing/applications")).isEqualTo("listApplications");
        assertThat(OperationIds.name("GET", "/api/licensing/applications/{id}")).isEqualTo("getApplication");
        assertThat(OperationIds.name("PATCH", "/api/licensing/applications/{id}")).isEqualTo("updateApplication");
        assertThat(OperationIds.name("GET", "/api/licensing/applications/{id}/documents"))
                .isEqualTo("listApplicationDocuments");
        assertThat(OperationIds.name("POST", "/api/licensing/applications/{id}/decision")).isEqualTo("decideApplication");
        assertThat(OperationIds.name("POST", "/api/licensing/applications/{id}/request-information"))
                .isEqualTo("requestApplicationInformation");
        assertThat(OperationIds.name("POST", "/api/licensing/applications/{id}/target-extension"))
                .isEqualTo("extendApplicationTarget");
        assertThat(OperationIds.name("GET", "/api/opportunities/opportunities/{id}")).isEqualTo("getOpportunity");
        assertThat(OperationIds.name("GET", "/api/licensing/licence-types")).isEqualTo("listLicenceTypes");
        assertThat(OperationIds.name("GET", "/api/licensing/register/{id}")).isEqualTo("getRegisterEntry");
        assertThat(OperationIds.name("GET", "/api/me")).isEqualTo("getMe");
        assertThat(OperationIds.name("POST", "/api/opportunities/saved-searches")).isEqualTo("createSavedSearch");
        assertThat(OperationIds.name("GET", "/api/opportunities/ocds/releases/{ocid}")).isEqualTo("getOcdsRelease");
    }

    @Test
    void theSameNameTwiceIsNumberedSoIdsStayUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(OperationIds.unique("getThing", taken)).isEqualTo("getThing");
        assertThat(OperationIds.unique("getThing", taken)).isEqualTo("getThing2");
        assertThat(OperationIds.unique("getThing", taken)).isEqualTo("getThing3");
    }
}
