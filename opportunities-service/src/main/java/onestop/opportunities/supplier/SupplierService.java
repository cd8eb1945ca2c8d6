package onestop.opportunities.supplier;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.CompanyCheckView;
import onestop.opportunities.api.SupplierProfile;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.cpv.CpvCodes;
import onestop.platform.problem.NotFound;

/** Keeping a business's supplier profile. */
@ApplicationScoped
public class SupplierService {

    @Inject
    CpvCatalogue cpv;

    @Inject
    Clock clock;

    @Inject
    SupplierCompanyChecks companyChecks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierProfile read(UUID businessId) {
        return find(businessId).map(SupplierService::view)
                .orElseThrow(() -> new NotFound("There is no supplier profile yet; PUT one first."));
    }

    @Transactional
    public SupplierProfile save(UUID businessId, SupplierProfile profile) {
        List<String> interests = cpv.resolve(profile.cpvInterests() == null ? List.of() : profile.cpvInterests(),
                "cpvInterests");
        Supplier s = find(businessId).orElseGet(() -> {
            Supplier created = new Supplier();
            created.businessId = businessId;
            return created;
        });
        boolean recheck = !java.util.Objects.equals(s.companyNumber, profile.companyNumber())
                || !java.util.Objects.equals(s.name, profile.name().strip()) || s.companyCheck == null;
        s.name = profile.name().strip();
        s.companyNumber = profile.companyNumber();
        s.ppon = profile.ppon();
        s.size = profile.size();
        s.vcse = profile.vcse();
        s.postcode = profile.postcode() == null ? null : profile.postcode().strip().toUpperCase();
        s.cpvInterests = interests.toArray(String[]::new);
        s.cpvInterestPrefixes = interests.stream().flatMap(code -> CpvCodes.searchPrefix(code).stream()).distinct()
                .toArray(String[]::new);
        s.description = profile.description();
        s.charterSignatory = profile.charterSignatory();
        s.updatedAt = clock.instant();
        if (recheck) {
            companyChecks.pending(s);
        }
        s.persist();
        return view(s);
    }

    public Optional<Supplier> find(UUID businessId) {
        return Supplier.findByIdOptional(businessId);
    }

    private static SupplierProfile view(Supplier s) {
        return new SupplierProfile(s.name, s.companyNumber, s.ppon, s.size, s.vcse, s.postcode,
                List.of(s.cpvInterests), s.description, s.charterSignatory,
                s.companyCheck == null ? null : new CompanyCheckView(s.companyCheck, s.companyCheckReason,
                        s.companyRegisteredName, s.companyCheckedAt));
    }
}
