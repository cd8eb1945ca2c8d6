package onestop.portal;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.RegisterPage;

/** The public licence register: search it, and read one licence. */
@Path("/licences/register")
@Produces(MediaType.TEXT_HTML)
public class RegisterPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance register(String q, String type, String postcode, List<LicenceTypeView> types,
                List<FormError> errors, RegisterPage result, Pagination pages);

        static native TemplateInstance registerEntry(RegisterEntry licence);
    }

    @Inject
    LicensingClient licensing;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("licenceTypeCode") String type,
            @QueryParam("postcode") String postcode, @QueryParam("page") Integer page) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        add(query, "q", q);
        add(query, "licenceTypeCode", type);
        add(query, "postcode", postcode);
        List<LicenceTypeView> types = ApiCalls.read(licensing::licenceTypes);
        try {
            RegisterPage result = ApiCalls.read(() -> licensing.register(text(q), text(type), text(postcode),
                    page == null || page < 0 ? null : page));
            return Templates.register(q, type, postcode, types, List.of(), result,
                    Pagination.of(result.page(), result.size(), result.total(), "/licences/register", query));
        } catch (ApiCalls.Refused refused) {
            return Templates.register(q, type, postcode, types, refused.errors("q"), null, null);
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
