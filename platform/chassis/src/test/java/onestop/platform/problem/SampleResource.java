package onestop.platform.problem;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** A resource with the usual shapes of input, to show how each kind of bad input is answered. */
@Path("/samples")
public class SampleResource {

    public enum Colour {
        RED, GREEN
    }

    public record Address(@NotBlank String postcode) {
    }

    public record Sample(@NotBlank String name, @Min(0) int count, Colour colour, @NotNull @Valid Address address,
            @Size(min = 2, max = 20) String nickname, LocalDate due) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample create(@Valid @NotNull Sample sample) {
        if (sample.name().equals("forbidden")) {
            throw new RuleViolation("This sample cannot be created.",
                    List.of(new Problem.FieldError("name", FieldCodes.NOT_ALLOWED, "is reserved")));
        }
        return sample;
    }

    @GET
    @Path("/{id}")
    public Sample get(@PathParam("id") java.util.UUID id) {
        throw new NotFound("There is no sample " + id + ".");
    }

    @GET
    public PageView<Sample> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return new PageView<>(List.of(), request.page(), request.size(), 0);
    }

    @POST
    @Path("/boom")
    public Sample boom() {
        throw new IllegalStateException("secret internals");
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** Reads from the database, so needs a pooled connection. */
    @GET
    @Path("/database-time")
    @jakarta.ws.rs.Produces(MediaType.TEXT_PLAIN)
    public String databaseTime() {
        return String.valueOf(em.createNativeQuery("select now()::text").getSingleResult());
    }
}
