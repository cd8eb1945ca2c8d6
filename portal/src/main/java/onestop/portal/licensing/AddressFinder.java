package onestop.portal.licensing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import onestop.licensing.api.AddressLookupView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.Premises;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;

/**
 * The GOV.UK address pattern on the premises question, without JavaScript: "find an address" is a GET of the
 * page with {@code ?lookup=<postcode>}, which lists the addresses there as radios ({@code uprn}) in the page's
 * form; "enter the address manually" is the address fields below them. On saving, a chosen address is found
 * again by the service (never taken from the browser), so its lines and UPRN are those of OS Places.
 */
@ApplicationScoped
public class AddressFinder {

    /**
     * A look-up asked for: the addresses found, or the words saying why there are none.
     *
     * @param error a refusal of the postcode itself, for the error summary; null when it was a postcode
     */
    public record Found(String postcode, List<AddressLookupView.Address> addresses, String message,
            FormError error) {

        public boolean hasAddresses() {
            return !addresses.isEmpty();
        }
    }

    @Inject
    LicensingClient client;

    @Inject
    LicensingCalls licensing;

    /** The look-up for {@code postcode}; null when none was asked for. */
    public Found find(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String wanted = postcode.strip();
        try {
            AddressLookupView view = ApiCalls.read(() -> client.addressLookup(licensing.authorization(), wanted));
            if (!view.available()) {
                return new Found(view.postcode(), List.of(),
                        "Finding an address is not available just now. Enter the address manually.", null);
            }
            if (view.addresses().isEmpty()) {
                return new Found(view.postcode(), List.of(), "No addresses were found for " + view.postcode()
                        + ". Check the postcode, or enter the address manually.", null);
            }
            return new Found(view.postcode(), view.addresses(), null, null);
        } catch (ApiCalls.Refused refused) {
            return new Found(wanted, List.of(), null,
                    new FormError("lookup", "Enter a full UK postcode, like B1 1BB", "pattern"));
        }
    }

    /** The errors of a look-up, for the page's error summary. */
    static List<FormError> errors(Found found, List<FormError> others) {
        if (found == null || found.error() == null) {
            return others;
        }
        return java.util.stream.Stream.concat(Optional.of(found.error()).stream(), others.stream()).toList();
    }

    /**
     * The premises to save: the address chosen from the list (looked up again by its postcode), or, when none
     * was chosen, the address as typed.
     */
    Premises chosen(MultivaluedMap<String, String> form, Premises typed) {
        String uprn = ApplicationForms.text(form, "uprn");
        if (uprn.isEmpty()) {
            return typed;
        }
        Found found = find(ApplicationForms.text(form, "lookup"));
        if (found == null) {
            return typed;
        }
        return found.addresses().stream().filter(address -> uprn.equals(address.uprn())).findFirst()
                .map(address -> new Premises(typed.name(), address.addressLine1(), address.town(),
                        address.postcode(), address.uprn()))
                .orElse(typed);
    }
}
