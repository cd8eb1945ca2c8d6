package onestop.portal;

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

/** The portal is a client of the public API: it knows no service's or the gateway's code, only their api modules. */
@AnalyzeClasses(packages = "onestop.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests chassis = ArchTests.in(ChassisRules.class);

    @ArchTest
    static final ArchRule onlyThePublicApi = noClasses().that().resideInAPackage("onestop.portal..")
            .should().dependOnClassesThat(resideInAnyPackage("onestop.gateway..", "onestop.licensing..",
                    "onestop.opportunities..").and(not(resideInAnyPackage("onestop.gateway.api",
                    "onestop.licensing.api", "onestop.opportunities.api"))))
            .because("the portal reaches the services only through the public HTTP API, as any client does (typed "
                    + "by their api modules' records and REST Client interfaces)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("onestop.portal.(*)..").should().beFreeOfCycles()
            .because("a lower package must not know the ones built on it");
}
