package onestop.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import onestop.platform.testing.ChassisRules;

/**
 * The gateway's code: it imports no service implementation, and its packages form no cycle. Its own answers'
 * records are {@code onestop.gateway.api} (the gateway-api module), which its clients import too.
 */
@AnalyzeClasses(packages = "onestop.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests chassis = ArchTests.in(ChassisRules.class);

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.gateway..")
            .should().dependOnClassesThat(resideInAnyPackage("onestop.licensing..", "onestop.opportunities..")
                    .and(not(resideInAnyPackage("onestop.licensing.api", "onestop.opportunities.api"))))
            .because("the gateway reaches the services over HTTP and through their events (typed by their api modules)"
                    + " only");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("onestop.gateway.(*)..").should().beFreeOfCycles()
            .because("the edge, identity, notifications and the dashboard each build on lower packages, never round");
}
