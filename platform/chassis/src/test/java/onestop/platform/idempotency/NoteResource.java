package onestop.platform.idempotency;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A route that writes one note row in its own transaction, as a service's create does; it may fail after writing. */
@Path("/idempotency-notes/{subject}")
public class NoteResource {

    public static final String FAIL_AFTER_WRITING = "X-Test-Fail-After-Writing";

    @Inject
    EntityManager em;

    @POST
    @Transactional
    public Response write(@PathParam("subject") String subject, @HeaderParam(FAIL_AFTER_WRITING) boolean fail) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into note (id, subject, sequence) values (?1, ?2, 0)")
                .setParameter(1, id).setParameter(2, subject).executeUpdate();
        if (fail) {
            throw new IllegalStateException("the write is rolled back: the process died before committing");
        }
        return Response.status(201).entity(Map.of("id", id.toString())).build();
    }
}
