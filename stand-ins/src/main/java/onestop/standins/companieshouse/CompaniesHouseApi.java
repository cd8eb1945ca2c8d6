package onestop.standins.companieshouse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Companies House public data API, its company profile ({@code GET /company/{number}}, basic auth with the API key
 * as username and no password), for a handful of made-up companies; base URL {@code http://<stand-ins>/companies-house}.
 */
@Path("/companies-house/company/{number}")
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesHouseApi {

    /** Seeded companies: number, name, status (one dissolved, one in liquidation). */
    static final List<List<String>> COMPANIES = List.of(
            List.of("01234567", "DIGBETH DELI LTD", "active"),
            List.of("SC123456", "HIGHLAND CATERING SUPPLIES LIMITED", "active"),
            List.of("09876543", "BULL RING BAKERY LIMITED", "active"),
            List.of("11223344", "JEWELLERY QUARTER EVENTS LTD", "active"),
            List.of("04040404", "OLD FORGE TRADING LIMITED", "dissolved"),
            List.of("05050505", "SELLY OAK SECURITY LTD", "liquidation"));

    @ConfigProperty(name = "standins.companies-house.api-key")
    String apiKey;

    @GET
    public Response company(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("number") String number) {
        if (!authorized(authorization)) {
            return Response.status(401).entity(Map.of("error", "Invalid Authorization",
                    "type", "ch:service")).build();
        }
        String wanted = number.toUpperCase(Locale.ROOT);
        return COMPANIES.stream().filter(company -> company.get(0).equals(wanted)).findFirst()
                .map(company -> Response.ok(profile(company)).build())
                .orElseGet(() -> Response.status(404).entity(Map.of("errors", List.of(Map.of(
                        "error", "company-profile-not-found", "type", "ch:service")))).build());
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        try {
            String user = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            return user.equals(apiKey + ":") || user.equals(apiKey);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> profile(List<String> company) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("company_number", company.get(0));
        profile.put("company_name", company.get(1));
        profile.put("company_status", company.get(2));
        profile.put("type", "ltd");
        profile.put("jurisdiction", company.get(0).startsWith("SC") ? "scotland" : "england-wales");
        profile.put("date_of_creation", "2015-04-01");
        profile.put("registered_office_address", Map.of("address_line_1", "1 Victoria Square",
                "locality", "Birmingham", "postal_code", "B1 1BB", "country", "England"));
        profile.put("links", Map.of("self", "/company/" + company.get(0)));
        return profile;
    }
}
