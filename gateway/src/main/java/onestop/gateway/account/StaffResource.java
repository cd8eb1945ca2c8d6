package onestop.gateway.account;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.api.StaffAccount;
import onestop.gateway.api.StaffMember;
import onestop.platform.security.Roles;

/** Admins list and create the council's staff accounts: licensing officers, buyers, authorities, other admins. */
@Path("/api/admin/users")
@Tag(name = "Accounts")
public class StaffResource {

    private final AccountService accounts;

    StaffResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every staff account (any account that is not a business's), by email")
    public List<StaffMember> list() {
        return accounts.staff();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account (licensing-officer, buyer with its organisation, or admin)")
    public RestResponse<StaffCreated> create(@NotNull StaffAccount account) {
        StaffCreated created = accounts.createStaff(account);
        return RestResponse.ResponseBuilder.<StaffCreated>created(URI.create("/api/admin/users/" + created.userId()))
                .entity(created).build();
    }
}
