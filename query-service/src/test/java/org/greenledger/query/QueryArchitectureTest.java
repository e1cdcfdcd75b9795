package org.greenledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.greenledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {

    /** Read models are rebuilt from events alone; the query side never asks the command side. */
    @ArchTest
    static final ArchRule the_query_side_never_uses_the_command_side =
            noClasses().that().resideInAPackage("org.greenledger.query..")
                    .should().dependOnClassesThat().resideInAPackage("org.greenledger.command..");

    @ArchTest
    static final ArchRule read_models_do_not_reach_into_each_other =
            slices().matching("org.greenledger.query.(*)..").should().notDependOnEachOther();
}
