package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.HolderConsent;
import onestop.licensing.api.TransferRequestView;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.licence.Licence;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * Transfers of a licence to another business (Licensing Act 2003 s.42-44): the business that wishes to become
 * the holder applies, naming the licence; the current holder consents (s.44), before submission, here. On
 * grant the same licence passes to the applicant ({@code LicenceService.transfer}). A licence of an individual
 * (a driver's, a collector's) is personal and cannot be transferred.
 */
@ApplicationScoped
public class Transfers {

    @Inject
    Clock clock;

    @Inject
    Timeline timeline;

    /** Whether the application is a transfer from another business, which needs its holder's consent. */
    public static boolean needsHolderConsent(Application application) {
        if (application.kind != ApplicationKind.TRANSFER || application.licenceId == null) {
            return false;
        }
        Licence licence = Licence.findById(application.licenceId);
        return licence != null && !licence.businessId.equals(application.businessId);
    }

    /** Another business's licence, when a transfer of it may be applied for. */
    static Licence transferable(Licence licence, LicenceType type) {
        if (!licence.licenceTypeCode.equals(type.code) || !licence.status.isCurrent() || !type.premisesRequired) {
            throw new RuleViolation("Licence " + licence.number + " cannot be transferred: only a current licence "
                    + "of premises or of a business, of the type applied for, can be.",
                    List.of(new Problem.FieldError("licenceId", FieldCodes.INVALID,
                            "is not a current transferable licence of this type")));
        }
        return licence;
    }

    /** The open transfer applications naming a licence {@code holder} holds, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransferRequestView> forHolder(UUID holder) {
        List<Licence> held = Licence.list("businessId = ?1", holder);
        if (held.isEmpty()) {
            return List.of();
        }
        List<Application> transfers = Application.list("kind = ?1 and licenceId in ?2 and businessId <> ?3 "
                + "and status not in ?4 order by createdAt desc", ApplicationKind.TRANSFER,
                held.stream().map(l -> l.id).toList(), holder, List.of(ApplicationStatus.GRANTED,
                        ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN));
        return transfers.stream().map(a -> view(a, held.stream().filter(l -> l.id.equals(a.licenceId)).findFirst()
                .orElseThrow())).toList();
    }

    /** The holder of the licence a transfer names gives or refuses consent, while the application is a draft. */
    @Transactional
    public TransferRequestView answer(UUID applicationId, UUID holder, HolderConsent consent, Actor actor) {
        Application application = Application.findById(applicationId);
        Licence licence = application == null || application.kind != ApplicationKind.TRANSFER
                || application.licenceId == null ? null : Licence.findById(application.licenceId);
        if (licence == null || !licence.businessId.equals(holder) || application.businessId.equals(holder)) {
            throw new NotFound("There is no transfer " + applicationId + " of a licence of yours.");
        }
        if (application.status != ApplicationStatus.DRAFT) {
            throw new IllegalTransition("Application " + application.reference + " is " + application.status.phrase()
                    + ": consent to the transfer can be given or refused only before it is submitted.");
        }
        Instant now = Instant.now(clock);
        application.holderConsent = consent;
        application.holderConsentAt = now;
        application.updatedAt = now;
        timeline.note(application.id, actor, "The holder of licence " + licence.number
                + (consent == HolderConsent.GIVEN ? " consented to" : " refused consent to") + " the transfer.");
        return view(application, licence);
    }

    private static TransferRequestView view(Application a, Licence licence) {
        return new TransferRequestView(a.id, a.reference, licence.id, licence.number, a.holderName, a.status,
                a.holderConsent, a.holderConsentAt, a.createdAt);
    }
}
