package onestop.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules every module that runs on the chassis keeps; its {@code ArchitectureTest} takes them with
 * {@code @ArchTest static final ArchTests chassis = ArchTests.in(ChassisRules.class);}.
 */
public final class ChassisRules {

    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String APPLICATION_NOT_RUNNING = SCHEDULED + "$ApplicationNotRunning";

    /**
     * A scheduled job does not start once the service is stopping: without the skip, Quarkus' scheduler could still
     * start one as the connection pool closed, and the job logged an ERROR ("the pool is shutting down") on a clean
     * stop. A job already under way when the stop begins finishes, or dies with the process, as before.
     */
    @ArchTest
    public static final ArchRule scheduledJobsDoNotStartWhileStopping = methods().that().areAnnotatedWith(SCHEDULED)
            .should().beAnnotatedWith(DescribedPredicate.describe(
                    "@Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class)",
                    ChassisRules::skipsWhenNotRunning))
            .because("a job started while the service stops meets a closing connection pool");

    private ChassisRules() {
    }

    private static boolean skipsWhenNotRunning(JavaAnnotation<?> annotation) {
        return annotation.getRawType().getName().equals(SCHEDULED)
                && annotation.get("skipExecutionIf")
                        .filter(value -> value instanceof JavaClass skip
                                && skip.getName().equals(APPLICATION_NOT_RUNNING))
                        .isPresent();
    }
}
