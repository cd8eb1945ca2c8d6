package onestop.portal.licensing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.portal.ApiCalls;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/** The licensing API as the signed-in visitor calls it, for the portal's licensing pages. */
@RequestScoped
class LicensingCalls {

    private static final Pattern LICENCE_TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    static final String API = "/api/licensing";

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    LicensingClient client;

    @Inject
    ObjectMapper json;

    private PortalServices.OnBehalf user;

    private String authorization;

    /** Calls as the signed-in user, after {@link PortalVisitor#required()} or a form check has named them. */
    PortalServices.OnBehalf user() {
        if (user == null) {
            user = services.as(visitor.required());
        }
        return user;
    }

    /** The signed-in user's {@code Authorization} header for a typed call, after a role check or a form check. */
    String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + sessions.accessToken(visitor.required());
        }
        return authorization;
    }

    PortalServices.Answer get(String path) {
        return user().get(API + path, List.of());
    }

    PortalServices.Answer send(String method, String path, Object body, String ifMatch) {
        return user().send(method, API + path, body, ifMatch);
    }

    PortalServices.Answer application(UUID id) {
        return get("/applications/" + id);
    }

    /** An uploaded document of an application, handed to the browser as the service sent it. */
    Response document(UUID application, UUID document) {
        return user().download(API + "/applications/" + application + "/documents/" + document)
                .toBrowser();
    }

    /** A licence type by its code; anything that is not shaped like a code names no type (404). */
    Map<String, Object> type(Object code) {
        return services.get("/api/licensing/licence-types/" + typeCode(code), List.of()).body();
    }

    /** A licence type of the catalogue, by its code (404 for anything not shaped like a code). */
    LicenceTypeView licenceType(String code) {
        return ApiCalls.read(() -> client.licenceType(typeCode(code)));
    }

    /** The questions of a licence type with an application's answers to them, as a summary shows them. */
    List<DetailsForm.Question> questions(LicenceTypeView type, JsonNode details) {
        return new DetailsForm(tree(type.detailsSchema())).questions(tree(details));
    }

    /** A free-form JSON object (a details schema, an application's details) as the maps {@link DetailsForm} reads. */
    private Map<String, Object> tree(JsonNode node) {
        return node == null || !node.isObject() ? Map.of() : json.convertValue(node, new TypeReference<>() {
        });
    }

    private static String typeCode(Object code) {
        if (code == null || !LICENCE_TYPE_CODE.matcher(code.toString()).matches()) {
            throw new NotFoundException();
        }
        return code.toString();
    }

    /** The label of each field a refusal of an application of this type may name: its question titles, or the premises'. */
    UnaryOperator<String> labels(Object licenceTypeCode) {
        DetailsForm details = new DetailsForm(SectionPages.map(type(licenceTypeCode).get("detailsSchema")));
        return field -> field.startsWith("details") ? details.label(field) : Refusals.premisesLabel(field);
    }

    /** The page of a list to ask for: {@code page} when past the first, else none. */
    static Integer pageNumber(Integer page) {
        return page != null && page > 0 ? page : null;
    }

    /** Type names by code, for lists that show only the code. */
    Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        ApiCalls.read(client::licenceTypes).forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
