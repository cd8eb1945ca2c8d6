package onestop.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    @Test
    void idsAndNumbersBecomePlaceholders() {
        assertThat(RouteTemplates.of("/api/licensing/applications/6a0c5a43-5b5e-4f39-8e0c-1f8f5a1d0001/surrender"))
                .isEqualTo("/api/licensing/applications/{id}/surrender");
        assertThat(RouteTemplates.of("/api/opportunities/opportunities/42")).isEqualTo("/api/opportunities/opportunities/{n}");
    }

    @Test
    void anythingButAPlainWordBecomesAPlaceholder() {
        assertThat(RouteTemplates.of("/api/licensing/licence-types/PREMISES_LICENCE"))
                .isEqualTo("/api/licensing/licence-types/{segment}");
        assertThat(RouteTemplates.of("/api/x/Robert%27s")).isEqualTo("/api/x/{segment}");
    }

    @Test
    void templatesAndPlainRoutesStayAsTheyAre() {
        assertThat(RouteTemplates.of("/api/licensing/applications/{id}")).isEqualTo("/api/licensing/applications/{id}");
        assertThat(RouteTemplates.of("/api/opportunities/opportunities.csv")).isEqualTo("/api/opportunities/opportunities.csv");
        assertThat(RouteTemplates.of("NOT_FOUND")).isEqualTo("NOT_FOUND");
        assertThat(RouteTemplates.of("/")).isEqualTo("/");
    }
}
