package org.greenledger.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

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
}
