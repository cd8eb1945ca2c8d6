package onestop.licensing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The licensing service's code: it never reaches into another service or the gateway. */
@AnalyzeClasses(packages = "onestop.licensing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule keepsToItself = noClasses().that().resideInAPackage("onestop.licensing..")
            .should().dependOnClassesThat(resideInAnyPackage("onestop.opportunities..", "onestop.gateway..")
                    .and(not(resideInAPackage("onestop.opportunities.api"))))
            .because("services coordinate only through events and the public API");
}
