package onestop.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.RegisterPage;

/**
 * The public licence register: search it by words, type, postcode, status and date of issue, download the
 * search whole (CSV or JSON, straight from the API), and read one licence. A licence of an individual shows no
 * name nor address: the API leaves them out, and the pages say why.
 */
@Path("/licences/register")
@Produces(MediaType.TEXT_HTML)
public class RegisterPages {

    /** The register's statuses, in the order the search offers them. */
    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "EXPIRED", "SURRENDERED", "REVOKED");

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance register(Search search, List<LicenceTypeView> types, List<String> statuses,
                List<FormError> errors, RegisterPage result, Pagination pages);

        static native TemplateInstance registerEntry(RegisterEntry licence);
    }

    /** What the search form was given, each null when left empty. */
    @TemplateData
    public static class Search {
        @QueryParam("q")
        public String q;
        @QueryParam("licenceTypeCode")
        public String type;
        @QueryParam("postcode")
        public String postcode;
        @QueryParam("status")
        public String status;
        @QueryParam("issuedFrom")
        public String issuedFrom;
        @QueryParam("issuedTo")
        public String issuedTo;

        List<Map.Entry<String, String>> query() {
            List<Map.Entry<String, String>> query = new ArrayList<>();
            add(query, "q", q);
            add(query, "licenceTypeCode", type);
            add(query, "postcode", postcode);
            add(query, "status", status);
            add(query, "issuedFrom", issuedFrom);
            add(query, "issuedTo", issuedTo);
            return query;
        }

        /** The API's download of this search, as CSV or JSON. */
        public String download(String format) {
            String query = query().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return "/api/licensing/register/download." + format + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @Inject
    LicensingClient licensing;

    @GET
    public TemplateInstance search(@BeanParam Search search, @QueryParam("page") Integer page) {
        List<LicenceTypeView> types = ApiCalls.read(licensing::licenceTypes);
        try {
            RegisterPage result = ApiCalls.read(() -> licensing.register(text(search.q), text(search.type),
                    text(search.postcode), text(search.status), text(search.issuedFrom), text(search.issuedTo),
                    page == null || page < 0 ? null : page));
            return Templates.register(search, types, STATUSES, List.of(), result,
                    Pagination.of(result.page(), result.size(), result.total(), "/licences/register", search.query()));
        } catch (ApiCalls.Refused refused) {
            return Templates.register(search, types, STATUSES, refused.errors("q"), null, null);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance entry(@PathParam("id") UUID id) {
        return Templates.registerEntry(ApiCalls.read(() -> licensing.registerEntry(id)));
    }

    private static void add(List<Map.Entry<String, String>> query, String name, String value) {
        if (text(value) != null) {
            query.add(new SimpleEntry<>(name, value.trim()));
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
