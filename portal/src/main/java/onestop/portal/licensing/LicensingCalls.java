package onestop.portal.licensing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.HearingView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.portal.ApiCalls;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/** The licensing API as the signed-in visitor calls it, for the portal's licensing pages. */
@RequestScoped
class LicensingCalls {

    private static final Pattern LICENCE_TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    LicensingClient client;

    @Inject
    ObjectMapper json;

    private String authorization;

    /** The signed-in user's {@code Authorization} header for a typed call, after a role check or a form check. */
    String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + sessions.accessToken(visitor.required());
        }
        return authorization;
    }

    /** One application the signed-in user may read. */
    ApplicationView application(UUID id) {
        return ApiCalls.read(() -> client.application(authorization(), id));
    }

    /** The hearing on an application, if one is arranged or was dispensed with. */
    Optional<HearingView> hearing(UUID id) {
        try {
            return Optional.of(ApiCalls.read(() -> client.hearing(authorization(), id)));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    /** An uploaded document of an application, handed to the browser as the service sent it. */
    Response document(UUID application, UUID document) {
        return ApiCalls.file(() -> client.document(authorization(), application, document));
    }

    /** A licence type of the catalogue, by its code (404 for anything not shaped like a code). */
    LicenceTypeView licenceType(String code) {
        if (code == null || !LICENCE_TYPE_CODE.matcher(code).matches()) {
            throw new NotFoundException();
        }
        return ApiCalls.read(() -> client.licenceType(code));
    }

    /** The "Details" form of a licence type, asked as its details schema says. */
    DetailsForm detailsForm(LicenceTypeView type) {
        JsonNode schema = type.detailsSchema();
        return new DetailsForm(schema == null || !schema.isObject() ? DetailsSchema.NONE
                : json.convertValue(schema, DetailsSchema.class));
    }

    /** The questions of a licence type with an application's answers to them, as a summary shows them. */
    List<DetailsForm.Question> questions(LicenceTypeView type, JsonNode details) {
        return detailsForm(type).questions(answers(details));
    }

    /** An application's details (free-form, shaped by its type's schema) as the maps {@link DetailsForm} reads. */
    Map<String, Object> answers(JsonNode details) {
        return details == null || !details.isObject() ? Map.of() : json.convertValue(details, new TypeReference<>() {
        });
    }

    /** Details as typed into the form, as the JSON the service checks against the schema. */
    JsonNode details(Map<String, Object> answers) {
        return json.valueToTree(answers);
    }

    /** The label of each field a refusal of an application of this type may name: its question titles, or the premises'. */
    UnaryOperator<String> labels(String licenceTypeCode) {
        DetailsForm details = detailsForm(licenceType(licenceTypeCode));
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
