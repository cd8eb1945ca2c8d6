package onestop.opportunities.document;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import onestop.opportunities.api.DocumentView;
import onestop.platform.files.Downloads;
import onestop.platform.files.Upload;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/** A notice's documents: attached and removed by its buyer, read by whoever may read the notice. */
@Path("/api/opportunities/opportunities/{id}/documents")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(summary = "Attach a document to a draft or open notice",
            description = "Multipart part `file`: PDF, PNG, JPEG, DOCX, XLSX, ODT or ODS judged by content (415), "
                    + "at most 10 MB (413). On an open notice raises opportunity.document-added.")
    public RestResponse<DocumentView> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInput("Send the document as the multipart part 'file'.",
                    List.of(new Problem.FieldError("file", FieldCodes.REQUIRED, "is required")));
        }
        NoticeDocument d = documents.upload(id, new Upload(file.uploadedFile(), file.fileName(), file.size()));
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create(d.href())).entity(d.view())
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A notice's documents, in upload order (public once the notice is published)")
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.list(id).stream().map(NoticeDocument::view).toList();
    }

    @GET
    @Path("{documentId}")
    @Operation(summary = "Download a notice document (public once the notice is published)")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        NoticeDocument d = documents.find(id, documentId);
        return Downloads.attachment(documents.file(d), d.mediaType, d.originalName);
    }

    @DELETE
    @Path("{documentId}")
    @RolesAllowed(Roles.BUYER)
    @Operation(summary = "Remove a document from a draft or open notice",
            description = "On an open notice raises opportunity.document-removed.")
    public Response remove(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.remove(id, documentId);
        return Response.noContent().build();
    }
}
