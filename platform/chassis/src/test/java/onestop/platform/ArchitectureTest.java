package onestop.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import onestop.platform.testing.ChassisRules;

/** The chassis: no domain code, so it imports no service and not the gateway, and its packages form no cycle. */
@AnalyzeClasses(packages = "onestop.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests chassis = ArchTests.in(ChassisRules.class);

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("onestop.licensing..", "onestop.opportunities..", "onestop.gateway..")
            .because("the platform is what every service shares; it knows none of them");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("onestop.platform.(*)..").should().beFreeOfCycles();
}
