package onestop.licensing.catalogue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.LicenceTypeView;
import onestop.platform.problem.NotFound;
import onestop.platform.web.ContentTags;

/**
 * The public catalogue of licence types. It changes only with a release (its rows are migrations), so its answers
 * may be kept for a few minutes and revalidated with the ETag they carry.
 */
@Path("/api/licensing/licence-types")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class LicenceTypeResource {

    static final String CACHE_CONTROL = "public, max-age=300";
    private static final String KEEP = CACHE_CONTROL + ": it changes only with a release.";

    @Inject
    ObjectMapper json;

    @GET
    @APIResponse(responseCode = "200", description = "Every licence type, in the order the council lists them.",
            headers = { @Header(name = "ETag", description = "The catalogue as it reads now, for If-None-Match.",
                    schema = @Schema(type = SchemaType.STRING)), @Header(name = "Cache-Control", description = KEEP,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public RestResponse<List<LicenceTypeView>> list(@Parameter(description = "The ETag of the catalogue as last "
            + "read: 304, without a body, while it is unchanged.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return revalidated(LicenceType.inDisplayOrder().stream().map(LicenceTypeResource::view).toList(), ifNoneMatch);
    }

    @GET
    @Path("/{code}")
    @APIResponse(responseCode = "200", description = "The licence type.",
            headers = { @Header(name = "ETag", description = "The type as it reads now, for If-None-Match.",
                    schema = @Schema(type = SchemaType.STRING)), @Header(name = "Cache-Control", description = KEEP,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public RestResponse<LicenceTypeView> get(@PathParam("code") String code, @Parameter(description = "The ETag of "
            + "the type as last read: 304, without a body, while it is unchanged.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        LicenceType type = LicenceType.findById(code);
        if (type == null) {
            throw new NotFound("There is no licence type " + code + ".");
        }
        return revalidated(view(type), ifNoneMatch);
    }

    private <T> RestResponse<T> revalidated(T body, String ifNoneMatch) {
        String etag;
        try {
            etag = ContentTags.of(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A licence type must always serialise", e);
        }
        RestResponse.ResponseBuilder<T> answer = ContentTags.matches(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.<T>notModified()
                : RestResponse.ResponseBuilder.ok(body);
        return answer.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).build();
    }

    private static LicenceTypeView view(LicenceType type) {
        return new LicenceTypeView(type.code, type.name, type.description, type.feePence, type.validityMonths,
                type.consultationDays, type.consultationDayBasis, type.targetDays, type.tacitConsent,
                type.requiredDocuments, type.detailsSchema, type.premisesRequired, type.registerShows);
    }
}
