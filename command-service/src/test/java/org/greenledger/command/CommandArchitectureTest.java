package org.greenledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.greenledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandArchitectureTest {

    @ArchTest
    static final ArchRule the_command_side_never_uses_the_query_side =
            noClasses().that().resideInAPackage("org.greenledger.command..")
                    .should().dependOnClassesThat().resideInAPackage("org.greenledger.query..");

    /** Features talk through contracts (commands, events), never through each other's classes. */
    @ArchTest
    static final ArchRule features_do_not_reach_into_each_other =
            slices().matching("org.greenledger.command.(*)..").should().notDependOnEachOther();
}
