package onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.Premises;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Forbidden;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.Problem;
import onestop.platform.problem.ProblemException;
import onestop.platform.problem.RuleViolation;

class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor OWNER = Actor.owner("business-user");
    private static final Actor OFFICER = Actor.officer("officer");
    private static final LocalDate DUE = LocalDate.parse("2026-12-21");

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyActionNotAllowedFromAStateIsAnIllegalTransition(ApplicationStatus status) {
        for (ApplicationAction action : ApplicationAction.values()) {
            Application application = in(status);
            if (action.allowedFrom(status)) {
                assertThat(perform(application, action)).as("%s from %s", action, status).isNull();
            } else {
                ProblemException refusal = perform(application, action);
                assertThat(refusal).as("%s from %s", action, status).isInstanceOf(IllegalTransition.class);
                assertThat(refusal.status()).isEqualTo(409);
                assertThat(application.status).isEqualTo(status);
            }
        }
    }

    @Test
    void theStateMachineIsTheOneTheApiDescribes() {
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.SUBMITTED, ApplicationStatus.INFORMATION_REQUESTED)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.SUBMITTED)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_CONSULTATION)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.IN_CONSULTATION, ApplicationStatus.GRANTED)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REFUSED)).isTrue();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.DRAFT, ApplicationStatus.GRANTED)).isFalse();
        assertThat(ApplicationAction.leadsFrom(ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.GRANTED)).isFalse();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(ApplicationAction.leadsFrom(status, ApplicationStatus.WITHDRAWN)).as(status.name()).isEqualTo(status.isOpen());
            if (!status.isOpen()) {
                assertThat(ApplicationAction.allowed(status, Actor.Kind.OWNER)).isEmpty();
                assertThat(ApplicationAction.allowed(status, Actor.Kind.OFFICER)).isEmpty();
            }
        }
    }

    @Test
    void allowedActionsDependOnTheStateAndWhoAsks() {
        assertThat(ApplicationAction.allowed(ApplicationStatus.DRAFT, Actor.Kind.OWNER))
                .containsExactly(ApplicationAction.EDIT, ApplicationAction.UPLOAD_DOCUMENT, ApplicationAction.PAY,
                        ApplicationAction.SUBMIT, ApplicationAction.WITHDRAW);
        assertThat(ApplicationAction.allowed(ApplicationStatus.DRAFT, Actor.Kind.OFFICER)).isEmpty();
        assertThat(ApplicationAction.allowed(ApplicationStatus.SUBMITTED, Actor.Kind.OFFICER))
                .containsExactly(ApplicationAction.ASSIGN, ApplicationAction.REQUEST_INFORMATION,
                        ApplicationAction.VALIDATE, ApplicationAction.EXTEND_TARGET);
        assertThat(ApplicationAction.allowed(ApplicationStatus.IN_CONSULTATION, Actor.Kind.OFFICER))
                .contains(ApplicationAction.RECORD_REPRESENTATION, ApplicationAction.DECIDE);
    }

    @Test
    void anEditKeepsThePremisesFieldsLeftOut() {
        Application application = in(ApplicationStatus.DRAFT);
        application.setPremises(new Premises("The Crown", "1 High Street", "Birmingham", "B1 1AA"));
        application.edit(new Premises(null, null, null, "B2 4QA"), null, null, OWNER, NOW);
        assertThat(application.premises()).isEqualTo(new Premises("The Crown", "1 High Street", "Birmingham",
                "B2 4QA"));
    }

    @Test
    void anOfficerCannotActForTheApplicant() {
        assertThatThrownBy(() -> in(ApplicationStatus.DRAFT).submit(List.of(), DUE, OFFICER, NOW))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void submittingAnIncompleteApplicationListsEverythingMissing() {
        Application application = in(ApplicationStatus.DRAFT);
        List<Problem.FieldError> missing = List.of(
                new Problem.FieldError("premises.postcode", FieldCodes.REQUIRED, "is required"),
                new Problem.FieldError("fee", FieldCodes.REQUIRED, "not paid"));
        assertThatThrownBy(() -> application.submit(missing, DUE, OWNER, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).isEqualTo(missing));
        assertThat(application.status).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void noDecisionBeforeTheConsultationEnds() {
        Application application = in(ApplicationStatus.SUBMITTED);
        application.validate(NOW.plus(Duration.ofDays(28)), OFFICER, NOW);
        assertThat(application.status).isEqualTo(ApplicationStatus.IN_CONSULTATION);

        assertThatThrownBy(() -> application.decide(DecisionOutcome.GRANT, List.of(), null, OFFICER,
                NOW.plus(Duration.ofDays(27)))).isInstanceOf(RuleViolation.class);

        application.decide(DecisionOutcome.GRANT, List.of("No music after 23:00"), null, OFFICER,
                NOW.plus(Duration.ofDays(28)));
        assertThat(application.status).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(application.conditions).containsExactly("No music after 23:00");
    }

    @Test
    void aRefusalGivesReasons() {
        Application application = in(ApplicationStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> application.decide(DecisionOutcome.REFUSE, List.of(), " ", OFFICER, NOW))
                .isInstanceOf(RuleViolation.class);
        application.decide(DecisionOutcome.REFUSE, List.of(), "Fails the fit and proper test", OFFICER, NOW);
        assertThat(application.status).isEqualTo(ApplicationStatus.REFUSED);
    }

    @Test
    void representationsOnlyWhileTheConsultationRuns() {
        Application application = in(ApplicationStatus.SUBMITTED);
        application.validate(NOW.plus(Duration.ofDays(1)), OFFICER, NOW);
        application.checkRepresentationAllowed(OFFICER, NOW);
        assertThatThrownBy(() -> application.checkRepresentationAllowed(OFFICER, NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void overdueOnlyWhileTheClockRuns() {
        Application application = in(ApplicationStatus.SUBMITTED);
        assertThat(application.isOverdue(DUE)).isFalse();
        assertThat(application.isOverdue(DUE.plusDays(1))).isTrue();
        application.requestInformation(OFFICER, NOW);
        assertThat(application.isOverdue(DUE.plusDays(1))).isFalse();
    }

    /** Performs {@code action} with valid arguments; returns the refusal, or null when it was done. */
    private static ProblemException perform(Application a, ApplicationAction action) {
        Actor actor = switch (action.actor()) {
            case OWNER -> OWNER;
            case OFFICER -> OFFICER;
            case AUTHORITY -> Actor.authority("police", "police@onestop.local");
            case SYSTEM -> Actor.SYSTEM;
            case PUBLIC -> throw new IllegalStateException("no application action is the public's");
        };
        try {
            switch (action) {
                case EDIT -> a.edit(null, null, "New name", actor, NOW);
                case UPLOAD_DOCUMENT, ASSIGN, EXTEND_TARGET, DETERMINE_REPRESENTATION, SCHEDULE_HEARING -> {
                    a.check(action, actor);
                    if (action == ApplicationAction.ASSIGN) {
                        a.assign("officer-2", actor, NOW);
                    }
                }
                case PAY -> a.check(action, actor);
                case SUBMIT -> a.submit(List.of(), DUE, actor, NOW);
                case RESUBMIT -> a.resubmit(List.of(), DUE, actor, NOW);
                case WITHDRAW -> a.withdraw(actor, NOW);
                case REQUEST_INFORMATION -> a.requestInformation(actor, NOW);
                case VALIDATE -> a.validate(null, actor, NOW);
                case RECORD_REPRESENTATION -> a.checkRepresentationAllowed(actor, NOW);
                case DECIDE -> a.decide(DecisionOutcome.GRANT, List.of(), null, actor, NOW.plus(Duration.ofDays(2)));
                case GRANT_BY_TACIT_CONSENT -> a.grantByTacitConsent(NOW.plus(Duration.ofDays(2)));
                case OPEN_OBJECTION_PERIOD -> a.openObjectionPeriod(NOW.plus(Duration.ofDays(3)), NOW);
                case OBJECT -> a.check(action, actor);
                case COUNTER_NOTICE, ACKNOWLEDGE -> a.endNotice(action, "Counter notice", NOW);
            }
            return null;
        } catch (ProblemException e) {
            return e;
        }
    }

    private static Application in(ApplicationStatus status) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = "LIC-2026-000001";
        application.status = status;
        application.dueDate = DUE;
        application.informationRequestedAt = status == ApplicationStatus.INFORMATION_REQUESTED ? NOW : null;
        application.consultationEndsAt = status == ApplicationStatus.IN_CONSULTATION ? NOW.plusSeconds(3600) : null;
        return application;
    }
}
