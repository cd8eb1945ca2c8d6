package onestop.platform.companieshouse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Checks a company number against Companies House. Only a definite answer (the company, or 404) gives
 * {@code VERIFIED} or {@code UNVERIFIED}; anything else (unreachable, 5xx, 429, a bad key) leaves the check
 * {@code PENDING} for the service's retry job, so that registration never waits on Companies House. Without an
 * API key ({@code onestop.companies-house.api-key}) nothing is asked and checks stay pending.
 */
@ApplicationScoped
public class CompaniesHouse {

    private static final Logger LOG = Logger.getLogger(CompaniesHouse.class);

    @Inject
    @RestClient
    CompaniesHouseApi api;

    @ConfigProperty(name = "onestop.companies-house.api-key")
    Optional<String> apiKey;

    Clock clock = Clock.systemUTC();

    public boolean configured() {
        return apiKey.filter(key -> !key.isBlank()).isPresent();
    }

    /** Checks a company number against the name a business gave; never throws. */
    public CompanyCheck check(String companyNumber, String givenName) {
        if (!configured()) {
            return CompanyCheck.pending();
        }
        Instant now = Instant.now(clock);
        try {
            CompaniesHouseApi.CompanyProfile profile = api.company(basicAuth(), companyNumber);
            if (!"active".equals(profile.status())) {
                return new CompanyCheck(CompanyCheck.Status.UNVERIFIED, CompanyCheck.NOT_ACTIVE, profile.name(), now);
            }
            if (!CompanyNames.match(givenName, profile.name())) {
                return new CompanyCheck(CompanyCheck.Status.UNVERIFIED, CompanyCheck.NAME_MISMATCH, profile.name(),
                        now);
            }
            return new CompanyCheck(CompanyCheck.Status.VERIFIED, null, profile.name(), now);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new CompanyCheck(CompanyCheck.Status.UNVERIFIED, CompanyCheck.NOT_FOUND, null, now);
            }
            LOG.warnf("Companies House answered %d for %s: checked again later", e.getResponse().getStatus(),
                    companyNumber);
            return CompanyCheck.pending();
        } catch (RuntimeException e) {
            LOG.warnf("Companies House could not be reached for %s: checked again later (%s)", companyNumber,
                    e.toString());
            return CompanyCheck.pending();
        }
    }

    private String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey.orElseThrow() + ":")
                .getBytes(StandardCharsets.UTF_8));
    }
}
