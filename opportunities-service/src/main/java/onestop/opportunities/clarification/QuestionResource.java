package onestop.opportunities.clarification;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import onestop.opportunities.api.QuestionRequests;
import onestop.opportunities.api.QuestionView;
import onestop.platform.security.Roles;

/** Clarification questions on a notice. */
@Path("/api/opportunities/opportunities/{id}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionService service;

    @POST
    @RolesAllowed(Roles.BUSINESS)
    public Response ask(@PathParam("id") UUID id, @Valid @NotNull QuestionRequests.Ask request) {
        QuestionView view = service.ask(id, request.question());
        return Response.created(URI.create("/api/opportunities/opportunities/" + id + "/questions/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    public List<QuestionView> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @Path("{questionId}/answer")
    @RolesAllowed(Roles.BUYER)
    public QuestionView answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            @Valid @NotNull QuestionRequests.Answer request) {
        return service.answer(id, questionId, request.answer(), request.publish() == null || request.publish());
    }
}
