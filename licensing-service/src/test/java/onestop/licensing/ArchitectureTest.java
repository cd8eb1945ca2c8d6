package onestop.licensing;

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
 * The licensing service's code: it never reaches into another service's implementation or the gateway (the
 * other service's api module is its contract), its own api module knows nothing of the implementation, and
 * its feature packages form no cycle.
 */
@AnalyzeClasses(packages = "onestop.licensing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests chassis = ArchTests.in(ChassisRules.class);

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.licensing..")
            .should().dependOnClassesThat(resideInAnyPackage("onestop.opportunities..", "onestop.gateway..")
                    .and(not(resideInAnyPackage("onestop.opportunities.api", "onestop.gateway.api"))))
            .because("services coordinate only through events (typed by the other's api module) and the public API");

    @ArchTest
    static final ArchRule apiIsOnlyTheContract = classes().that().resideInAPackage("onestop.licensing.api")
            .should().onlyDependOnClassesThat().resideInAnyPackage("onestop.licensing.api", "onestop.platform.events",
                    "java..", "com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.databind..",
                    "jakarta.ws.rs..", "jakarta.validation..",
                    // the upload's file part and its annotation, of Quarkus REST's common API
                    "org.jboss.resteasy.reactive", "org.jboss.resteasy.reactive.multipart",
                    // @Schema names for the published document: annotations only, no implementation
                    "org.eclipse.microprofile.openapi.annotations..")
            .because("producer and consumers compile against it; it must not pull in the implementation");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("onestop.licensing.(*)..").should().beFreeOfCycles()
            .because("a lower feature package must not know the ones built on it");
}
