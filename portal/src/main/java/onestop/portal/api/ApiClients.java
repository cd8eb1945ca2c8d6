package onestop.portal.api;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import onestop.gateway.api.GatewayClient;
import onestop.licensing.api.LicensingAdminClient;
import onestop.licensing.api.LicensingClient;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.LicensingInsightClient;
import onestop.opportunities.api.ChallengeClient;
import onestop.opportunities.api.OpportunitiesAdminClient;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ProcurementInsightClient;
import onestop.portal.PortalConfig;

/**
 * The typed clients of the public API, one per service and one of the gateway's own routes, each the REST Client
 * interface of its api module, built against the gateway ({@code ONESTOP_API_URL}) with the API timeout and {@link ApiHeaders}.
 */
@ApplicationScoped
public class ApiClients {

    @Produces
    @ApplicationScoped
    GatewayClient gateway(PortalConfig config, ApiHeaders headers) {
        return build(GatewayClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    LicensingClient licensing(PortalConfig config, ApiHeaders headers) {
        return build(LicensingClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    OpportunitiesClient opportunities(PortalConfig config, ApiHeaders headers) {
        return build(OpportunitiesClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    LicensingInsightClient licensingInsight(PortalConfig config, ApiHeaders headers) {
        return build(LicensingInsightClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    CascadeClient cascade(PortalConfig config, ApiHeaders headers) {
        return build(CascadeClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    ChallengeClient challenges(PortalConfig config, ApiHeaders headers) {
        return build(ChallengeClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    ProcurementInsightClient procurementInsight(PortalConfig config, ApiHeaders headers) {
        return build(ProcurementInsightClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    LicensingAdminClient licensingAdmin(PortalConfig config, ApiHeaders headers) {
        return build(LicensingAdminClient.class, config, headers);
    }

    @Produces
    @ApplicationScoped
    OpportunitiesAdminClient opportunitiesAdmin(PortalConfig config, ApiHeaders headers) {
        return build(OpportunitiesAdminClient.class, config, headers);
    }

    private static <C> C build(Class<C> client, PortalConfig config, ApiHeaders headers) {
        long timeout = config.apiTimeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder().baseUri(config.apiUrl())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                .clientHeadersFactory(headers)
                .build(client);
    }
}
