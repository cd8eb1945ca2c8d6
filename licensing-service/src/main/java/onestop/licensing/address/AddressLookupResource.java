package onestop.licensing.address;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.AddressLookupView;
import onestop.platform.address.AddressLookup;
import onestop.platform.address.FoundAddress;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/**
 * "Find an address": the addresses at a postcode, through OS Places, with their UPRN. When the look-up is not
 * available the answer says so ({@code available: false}) and the address is entered by hand.
 */
@Path("/api/licensing/address-lookup")
@Produces(MediaType.APPLICATION_JSON)
public class AddressLookupResource {

    private static final String POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}";

    @Inject
    AddressLookup lookup;

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    public AddressLookupView find(@QueryParam("postcode") String postcode) {
        String wanted = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!wanted.matches(POSTCODE)) {
            throw new InvalidInput("Enter a full UK postcode, like B1 1BB.", List.of(new Problem.FieldError(
                    "postcode", wanted.isEmpty() ? FieldCodes.REQUIRED : FieldCodes.PATTERN,
                    "must be a full UK postcode, like B1 1BB")));
        }
        return lookup.byPostcode(wanted)
                .map(found -> new AddressLookupView(wanted, true, found.stream().map(AddressLookupResource::view)
                        .toList()))
                .orElseGet(() -> new AddressLookupView(wanted, false, List.of()));
    }

    private static AddressLookupView.Address view(FoundAddress address) {
        String line1 = address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
        return new AddressLookupView.Address(address.uprn(), address.text(), line1, address.town(),
                address.postcode());
    }
}
