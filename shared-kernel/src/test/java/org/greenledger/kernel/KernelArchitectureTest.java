package org.greenledger.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.greenledger.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    @ArchTest
    static final ArchRule the_kernel_depends_on_nothing_but_the_jdk =
            classes().that().resideInAPackage("org.greenledger.kernel..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.greenledger.kernel..");

    /** Events and messages hold kernel values; Jackson would write bean-style names as extra properties. */
    @ArchTest
    static final ArchRule kernel_values_have_no_bean_style_accessors =
            methods().that().areDeclaredInClassesThat().resideInAPackage("org.greenledger.kernel..")
                    .and().arePublic().and().areNotStatic()
                    .should().haveNameNotMatching("(is|get)[A-Z].*");
}
