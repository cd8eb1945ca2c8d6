package onestop.licensing.api;

import java.util.List;

/**
 * The answer of {@code GET /api/licensing/address-lookup?postcode=}: the addresses at a postcode, to choose from.
 *
 * @param available false when the look-up cannot be used now (not configured, or OS Places unreachable): the
 *                  address is then entered by hand
 */
public record AddressLookupView(String postcode, boolean available, List<Address> addresses) {

    /** One address: its lines as the premises question asks for them, its UPRN, and all of it on one line. */
    public record Address(String uprn, String text, String addressLine1, String town, String postcode) {
    }
}
