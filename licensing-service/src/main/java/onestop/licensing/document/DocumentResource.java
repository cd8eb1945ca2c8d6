package onestop.licensing.document;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import onestop.licensing.api.DocumentView;
import onestop.licensing.application.ApplicationAccess;
import onestop.platform.files.Downloads;
import onestop.platform.files.Upload;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/** An application's documents: uploaded by its owner, read by the owner and officers. */
@Path("/api/licensing/applications/{id}/documents")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    ApplicationAccess access;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<DocumentView> upload(@PathParam("id") UUID id, @QueryParam("type") String type,
            @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInput("Send the document as the multipart part 'file'.",
                    List.of(new Problem.FieldError("file", FieldCodes.REQUIRED, "is required")));
        }
        ApplicationDocument document = documents.upload(id, type,
                new Upload(file.uploadedFile(), file.fileName(), file.size()), access.actor());
        return RestResponse.ResponseBuilder
                .<DocumentView>created(URI.create("/api/licensing/applications/" + id + "/documents/" + document.id))
                .entity(view(document)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    public List<DocumentView> list(@PathParam("id") UUID id) {
        List<DocumentView> list = documents.list(id).stream().map(DocumentResource::view).toList();
        access.staffRead("application-documents", id);
        return list;
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        ApplicationDocument document = documents.find(id, documentId);
        access.staffRead("application-document", document.id);
        return Downloads.attachment(documents.file(document), document.mediaType, document.originalName);
    }

    private static DocumentView view(ApplicationDocument d) {
        return new DocumentView(d.id, d.typeCode, d.originalName, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt);
    }
}
