package onestop.portal.procurement;

import java.util.Arrays;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.opportunities.api.CompanyCheckView;
import onestop.opportunities.api.SupplierProfile;
import onestop.opportunities.api.SupplierSize;

/**
 * The supplier profile as the business typed it. Presentation only: numbers upper-cased without spaces, CPV codes
 * split on commas; what a profile may contain is the service's to say.
 */
@io.quarkus.qute.TemplateData
public class SupplierForm {

    public String name = "";
    public String companyNumber = "";
    public String ppon = "";
    public String size = "";
    public boolean vcse;
    public String postcode = "";
    public String cpvInterests = "";
    public String description = "";
    public boolean charterSignatory;
    /** What Companies House said about the saved company number (shown, never posted). */
    public CompanyCheckView companyCheck;

    static SupplierForm from(MultivaluedMap<String, String> form) {
        SupplierForm f = new SupplierForm();
        f.name = Pages.field(form, "name");
        f.companyNumber = Pages.field(form, "companyNumber");
        f.ppon = Pages.field(form, "ppon");
        f.size = Pages.field(form, "size");
        f.vcse = "true".equals(Pages.field(form, "vcse"));
        f.postcode = Pages.field(form, "postcode");
        f.cpvInterests = Pages.field(form, "cpvInterests");
        f.description = Pages.field(form, "description");
        f.charterSignatory = "true".equals(Pages.field(form, "charterSignatory"));
        return f;
    }

    /** The profile the business saved, to change. */
    static SupplierForm of(SupplierProfile saved) {
        SupplierForm f = new SupplierForm();
        f.name = text(saved.name());
        f.companyNumber = text(saved.companyNumber());
        f.companyCheck = saved.companyCheck();
        f.ppon = text(saved.ppon());
        f.size = saved.size() == null ? "" : saved.size().name();
        f.vcse = saved.vcse();
        f.postcode = text(saved.postcode());
        f.cpvInterests = saved.cpvInterests() == null ? "" : String.join(", ", saved.cpvInterests());
        f.description = text(saved.description());
        f.charterSignatory = saved.charterSignatory();
        return f;
    }

    SupplierProfile toProfile() {
        return new SupplierProfile(name, Pages.nullIfBlank(companyNumber.toUpperCase().replace(" ", "")),
                Pages.nullIfBlank(ppon.toUpperCase().replace(" ", "")), Pages.choice(SupplierSize.class, size), vcse,
                Pages.nullIfBlank(postcode),
                Arrays.stream(cpvInterests.split("[,\\s]+")).filter(c -> !c.isEmpty()).toList(),
                Pages.nullIfBlank(description), charterSignatory, null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
