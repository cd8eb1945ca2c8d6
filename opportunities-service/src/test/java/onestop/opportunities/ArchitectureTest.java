package onestop.opportunities;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import onestop.platform.testing.ChassisRules;

/**
 * The opportunities service's code: it never reaches into another service's implementation or the gateway (the
 * other service's api module is its contract), its own api module knows nothing of the implementation, and
 * its feature packages form no cycle.
 */
@AnalyzeClasses(packages = "onestop.opportunities", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests chassis = ArchTests.in(ChassisRules.class);

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.opportunities..")
            .should().dependOnClassesThat(resideInAnyPackage("onestop.licensing..", "onestop.gateway..")
                    .and(not(resideInAnyPackage("onestop.licensing.api", "onestop.gateway.api"))))
            .because("services coordinate only through events (typed by the other's api module) and the public API");

    @ArchTest
    static final ArchRule apiIsOnlyTheContract = classes().that().resideInAPackage("onestop.opportunities.api")
            .should().onlyDependOnClassesThat().resideInAnyPackage("onestop.opportunities.api", "onestop.platform.events",
                    "java..", "com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.databind..",
                    "jakarta.ws.rs..", "jakarta.validation..", "org.jboss.resteasy.reactive",
                    "org.jboss.resteasy.reactive.multipart", "org.eclipse.microprofile.openapi.annotations..")
            .because("producer and consumers compile against it; it must not pull in the implementation (only the"
                    + " multipart part of an upload, from Quarkus REST's common API, a release as JSON, and"
                    + " @Schema names for the published document)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("onestop.opportunities.(*)..").should().beFreeOfCycles()
            .because("a lower feature package must not know the ones built on it");
}
