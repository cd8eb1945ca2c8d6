package onestop.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The gateway's code: it imports no service implementation. */
@AnalyzeClasses(packages = "onestop.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("onestop.licensing..", "onestop.opportunities..")
            .because("the gateway reaches the services over HTTP and through their events only");
}
