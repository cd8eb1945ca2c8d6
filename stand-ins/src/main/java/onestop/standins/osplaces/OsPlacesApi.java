package onestop.standins.osplaces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OS Places API, find by postcode ({@code GET /search/places/v1/postcode?postcode=&key=}), answering the DPA
 * (delivery point) fields for a few Birmingham postcodes; base URL {@code http://<stand-ins>/os-places}. The
 * addresses and UPRNs are made up for trying OneStop, not Ordnance Survey's data.
 */
@Path("/os-places/search/places/v1/postcode")
@Produces(MediaType.APPLICATION_JSON)
public class OsPlacesApi {

    /** Postcode, then each address as UPRN, organisation or building name (or ""), number, street. */
    static final Map<String, List<List<String>>> ADDRESSES = Map.of(
            "B1 1BB", List.of(
                    List.of("100070000101", "THE COUNCIL HOUSE", "", "VICTORIA SQUARE"),
                    List.of("100070000102", "", "1", "VICTORIA SQUARE"),
                    List.of("100070000103", "", "3", "VICTORIA SQUARE")),
            "B29 6BD", List.of(
                    List.of("100070000201", "", "512", "BRISTOL ROAD"),
                    List.of("100070000202", "", "514", "BRISTOL ROAD"),
                    List.of("100070000203", "SELLY OAK TAVERN", "516", "BRISTOL ROAD")),
            "B5 4BU", List.of(
                    List.of("100070000301", "", "10", "DIGBETH"),
                    List.of("100070000302", "", "12", "DIGBETH"),
                    List.of("100070000303", "THE CUSTARD FACTORY", "", "GIBB STREET")));

    @ConfigProperty(name = "standins.os-places.api-key")
    String apiKey;

    @GET
    public Response byPostcode(@QueryParam("postcode") String postcode, @QueryParam("key") String key) {
        if (key == null || !key.equals(apiKey)) {
            return Response.status(401).entity(Map.of("fault", Map.of("faultstring",
                    "Invalid ApiKey", "detail", Map.of("errorcode", "oauth.v2.InvalidApiKey")))).build();
        }
        String canonical = canonical(postcode);
        if (canonical == null) {
            return Response.status(400).entity(Map.of("error", Map.of("statuscode", 400, "message",
                    "Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. "
                            + "SO1 3. Requested postcode was " + postcode))).build();
        }
        List<List<String>> found = ADDRESSES.getOrDefault(canonical, List.of());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("header", Map.of("uri", "/search/places/v1/postcode?postcode=" + canonical.replace(' ', '+'),
                "query", "postcode=" + canonical, "offset", 0, "totalresults", found.size(), "format", "JSON",
                "dataset", "DPA", "lr", "EN,CY", "maxresults", 100, "epoch", "stand-in", "output_srs", "EPSG:27700"));
        if (!found.isEmpty()) {
            // as OS Places does, no results key at all when nothing is found
            answer.put("results", found.stream().map(address -> Map.of("DPA", dpa(canonical, address))).toList());
        }
        return Response.ok(answer).build();
    }

    private static Map<String, Object> dpa(String postcode, List<String> address) {
        Map<String, Object> dpa = new LinkedHashMap<>();
        dpa.put("UPRN", address.get(0));
        dpa.put("UDPRN", "2" + address.get(0).substring(5));
        StringBuilder line = new StringBuilder();
        if (!address.get(1).isEmpty()) {
            dpa.put(address.get(2).isEmpty() ? "BUILDING_NAME" : "ORGANISATION_NAME", address.get(1));
            line.append(address.get(1)).append(", ");
        }
        if (!address.get(2).isEmpty()) {
            dpa.put("BUILDING_NUMBER", address.get(2));
            line.append(address.get(2)).append(' ');
        }
        dpa.put("THOROUGHFARE_NAME", address.get(3));
        dpa.put("POST_TOWN", "BIRMINGHAM");
        dpa.put("POSTCODE", postcode);
        dpa.put("ADDRESS", line.append(address.get(3)).append(", BIRMINGHAM, ").append(postcode).toString());
        dpa.put("STATUS", "APPROVED");
        dpa.put("LOCAL_CUSTODIAN_CODE_DESCRIPTION", "BIRMINGHAM");
        return dpa;
    }

    /** "b296bd" and "B29 6BD" alike; null when it is not a full postcode. */
    static String canonical(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
