package onestop.opportunities.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The supply-chain cascade and programme routes (docs/api.md, "Subcontracts" and "Programmes") as a REST Client
 * interface, beside {@link OpportunitiesClient}: a prime's won contracts and the subcontracts it posts, a notice's
 * place in the chain, the social value it delivered, a buyer's programmes. {@code authorization} is a {@code Bearer}
 * token, or null for a public
 * route.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CascadeClient {

    /** The contracts the calling business won. */
    @GET
    @Path("/suppliers/me/contracts")
    List<WonContract> wonContracts(@HeaderParam("Authorization") String authorization);

    /** The catalogue of Birmingham Business Charter measures, in catalogue order. */
    @GET
    @Path("/social-value/measures")
    List<CharterMeasure> socialValueMeasures();

    /** A contract's social value, committed against delivered, rolled up from every subcontract below it. */
    @GET
    @Path("/contracts/{id}/social-value")
    SocialValueRollup socialValue(@PathParam("id") UUID contractId);

    /** The awarded supplier reports social value it delivered on its contract; 404 for anyone else's. */
    @POST
    @Path("/contracts/{id}/social-value-reports")
    OutcomeReported reportSocialValue(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID contractId, OutcomeReport report);

    /** The prime posts (and so publishes) a subcontract of the contract it won. */
    @POST
    @Path("/opportunities/{id}/subcontracts")
    NoticeView postSubcontract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID contractId,
            NoticeFields fields);

    /** The prime closes its subcontract to responses. */
    @POST
    @Path("/subcontracts/{id}/close")
    NoticeView closeSubcontract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The prime awards its closed subcontract to one response. */
    @POST
    @Path("/subcontracts/{id}/award")
    NoticeView awardSubcontract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            AwardRequest request);

    @GET
    @Path("/opportunities/{id}/supply-chain")
    SupplyChain supplyChain(@PathParam("id") UUID id);

    @GET
    @Path("/programmes")
    List<ProgrammeView.Summary> programmes();

    @GET
    @Path("/programmes/{id}")
    ProgrammeView programme(@PathParam("id") UUID id);

    @POST
    @Path("/programmes")
    ProgrammeView createProgramme(@HeaderParam("Authorization") String authorization, ProgrammeRequest request);

    @PUT
    @Path("/programmes/{id}/procurements/{opportunityId}")
    ProgrammeView addToProgramme(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("opportunityId") UUID opportunityId);

    @DELETE
    @Path("/programmes/{id}/procurements/{opportunityId}")
    ProgrammeView removeFromProgramme(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("opportunityId") UUID opportunityId);
}
