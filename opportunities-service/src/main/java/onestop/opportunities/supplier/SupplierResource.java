package onestop.opportunities.supplier;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.opportunities.api.SupplierProfile;
import onestop.opportunities.licences.HeldLicences;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** The calling business's supplier profile and the licences it holds. */
@Path("/api/opportunities/suppliers/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BUSINESS)
public class SupplierResource {

    @Inject
    SupplierService service;

    @Inject
    HeldLicences licences;

    @Inject
    Caller caller;

    @GET
    public SupplierProfile read() {
        return service.read(caller.requireBusinessId());
    }

    @PUT
    public SupplierProfile save(@Valid @NotNull SupplierProfile profile) {
        return service.save(caller.requireBusinessId(), profile);
    }

    /** The licences the business currently holds, as projected from the licensing service's events. */
    @GET
    @Path("licences")
    public List<HeldLicences.View> licences() {
        return licences.currentFor(caller.requireBusinessId());
    }
}
