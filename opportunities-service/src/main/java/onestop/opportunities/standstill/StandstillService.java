package onestop.opportunities.standstill;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AwardChallengeResolved;
import onestop.opportunities.api.AwardChallenged;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.StandstillChallenge;
import onestop.opportunities.api.StandstillExtended;
import onestop.opportunities.api.StandstillExtension;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.response.SupplierResponse;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The standstill after an award: a supplier who tendered may challenge the award while it runs, which suspends the
 * contract (s.102) until the buyer records the outcome; the buyer may extend it, on the record. The buyer is told
 * of each challenge and the challenger of its outcome, through their events.
 */
@ApplicationScoped
public class StandstillService {

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public StandstillChallenge challenge(UUID opportunityId, StandstillChallenge.Raise raise) {
        UUID business = caller.requireBusinessId();
        Opportunity o = notices.readable(opportunityId);
        if (SupplierResponse.count("opportunityId = ?1 and businessId = ?2", o.id, business) == 0) {
            throw new NotFound("You did not tender for " + o.reference + ".");
        }
        if (!inStandstill(o, today())) {
            throw new IllegalTransition("A challenge is raised during the standstill"
                    + (o.standstillLastDay == null ? "; " + o.reference + " is not in one."
                            : ", which ended on " + o.standstillLastDay + "."));
        }
        Challenge c = new Challenge();
        c.id = UUID.randomUUID();
        c.opportunityId = o.id;
        c.businessId = business;
        c.grounds = raise.grounds().strip();
        c.raisedAt = clock.instant();
        c.persist();
        outbox.append(OpportunitiesEvents.OPPORTUNITY_AWARD_CHALLENGED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new AwardChallenged(o.id, o.reference, o.title, o.buyer, c.id, business, o.standstillLastDay,
                        c.raisedAt));
        return c.view();
    }

    @Transactional
    public StandstillChallenge resolve(UUID opportunityId, UUID challengeId, StandstillChallenge.Resolve resolve) {
        Opportunity o = notices.owned(opportunityId);
        Challenge c = Challenge.findById(challengeId);
        if (c == null || !c.opportunityId.equals(o.id)) {
            throw new NotFound("There is no challenge " + challengeId + " of " + o.reference + ".");
        }
        if (c.outcome != null) {
            throw new IllegalTransition("The challenge was already " + c.outcome + " on " + c.resolvedAt + ".");
        }
        c.outcome = resolve.outcome();
        c.outcomeNote = resolve.note().strip();
        c.resolvedAt = clock.instant();
        outbox.append(OpportunitiesEvents.OPPORTUNITY_AWARD_CHALLENGE_RESOLVED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new AwardChallengeResolved(o.id, o.reference, o.title, o.buyer, c.id, c.businessId, c.outcome,
                        c.outcomeNote, c.resolvedAt));
        return c.view();
    }

    /** The challenges of a procurement: all of them for its buyer, a supplier's own for a supplier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StandstillChallenge> list(UUID opportunityId) {
        if (caller.hasRole(Roles.BUYER)) {
            return Challenge.of(notices.owned(opportunityId).id).stream().map(Challenge::view).toList();
        }
        UUID business = caller.requireBusinessId();
        return Challenge.of(notices.readable(opportunityId).id).stream().filter(c -> c.businessId.equals(business))
                .map(Challenge::view).toList();
    }

    @Transactional
    public StandstillExtension extend(UUID opportunityId, StandstillExtension.Extend extend) {
        Opportunity o = notices.owned(opportunityId);
        if (o.status != OpportunityStatus.AWARDED || o.standstillLastDay == null || o.contract != null) {
            throw new IllegalTransition("Only the standstill of an award whose contract is not yet entered into can "
                    + "be extended.");
        }
        if (!extend.lastDay().isAfter(o.standstillLastDay)) {
            throw new RuleViolation("The standstill can only be made longer.", List.of(new Problem.FieldError(
                    "lastDay", FieldCodes.OUT_OF_RANGE, "must be after the current last day, " + o.standstillLastDay)));
        }
        Instant now = clock.instant();
        StandstillExtension extension = new StandstillExtension(o.standstillLastDay, extend.lastDay(),
                extend.reason().strip(), now);
        List<StandstillExtension> extensions = new ArrayList<>(o.standstillExtensions);
        extensions.add(extension);
        o.standstillExtensions = extensions;
        o.standstillLastDay = extend.lastDay();
        o.updatedAt = now;
        List<UUID> unsuccessful = SupplierResponse.respondents(o.id).stream()
                .filter(business -> !business.equals(o.awardedBusinessId)).toList();
        outbox.append(OpportunitiesEvents.OPPORTUNITY_STANDSTILL_EXTENDED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new StandstillExtended(o.id, o.reference, o.title, o.buyer, o.awardedBusinessId, unsuccessful,
                        extension.previousLastDay(), extension.lastDay(), extension.reason(), now));
        return extension;
    }

    /** The contract may not be entered into while a challenge is open (the automatic suspension of s.102). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkNotSuspended(Opportunity o) {
        long open = Challenge.open(o.id);
        if (open > 0) {
            throw new IllegalTransition("The contract is suspended while " + (open == 1 ? "a challenge" : open
                    + " challenges") + " of the award " + (open == 1 ? "is" : "are") + " open; record the outcome first.");
        }
    }

    private static boolean inStandstill(Opportunity o, LocalDate today) {
        return o.status == OpportunityStatus.AWARDED && o.standstillLastDay != null && o.contract == null
                && !today.isAfter(o.standstillLastDay);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.COUNCIL_ZONE);
    }
}
