package onestop.gateway.me;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import onestop.gateway.account.Business;
import onestop.gateway.account.UserAccount;
import onestop.gateway.api.MeView;
import onestop.platform.problem.NotFound;

/** The signed-in user, as the gateway knows it. */
@Path("/api/me")
@Tag(name = "Me")
public class MeResource {

    private final SignedInUser user;

    MeResource(SignedInUser user) {
        this.user = user;
    }

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user: id, email, roles, and the business or organisation")
    public MeView me() {
        UserAccount account = UserAccount.<UserAccount>findByIdOptional(user.id())
                .orElseThrow(() -> new NotFound("This account no longer exists."));
        MeView.BusinessView business = null;
        if (account.businessId != null) {
            Business b = Business.findById(account.businessId);
            MeView.CompanyCheckView check = b.companyCheck == null ? null : new MeView.CompanyCheckView(
                    b.companyCheck, b.companyCheckReason, b.companyRegisteredName, b.companyCheckedAt);
            business = new MeView.BusinessView(b.id, b.name, b.companyNumber, b.postcode, check);
        }
        return new MeView(account.id, account.email, account.roles, business, account.organisation);
    }
}
