package onestop.licensing.catalogue;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.LicenceTypeView;
import onestop.platform.problem.NotFound;

/** The public catalogue of licence types. */
@Path("/api/licensing/licence-types")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class LicenceTypeResource {

    @GET
    public List<LicenceTypeView> list() {
        return LicenceType.inDisplayOrder().stream().map(LicenceTypeResource::view).toList();
    }

    @GET
    @Path("/{code}")
    public LicenceTypeView get(@PathParam("code") String code) {
        LicenceType type = LicenceType.findById(code);
        if (type == null) {
            throw new NotFound("There is no licence type " + code + ".");
        }
        return view(type);
    }

    private static LicenceTypeView view(LicenceType type) {
        return new LicenceTypeView(type.code, type.name, type.description, type.feePence, type.validityMonths,
                type.consultationDays, type.consultationDayBasis, type.targetDays, type.tacitConsent,
                type.requiredDocuments, type.detailsSchema, type.premisesRequired, type.registerShows);
    }
}
