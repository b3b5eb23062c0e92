package io.thoisu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md that code review forgets: the core depends on the JDK alone (so its stages can run as
 * Flink operators later), stages read no clock, and packages are named after concepts.
 */
class CoreArchitectureTest {
    // the module's own classes only: the test kit on the class path legitimately uses JUnit
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void coreDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.thoisu..", "java..", "javax.annotation..")
                .check(CORE);
    }

    @Test
    void stagesReadNoClock() {
        noClasses().that().resideOutsideOfPackages("..pipeline..")
                .and().haveSimpleNameNotEndingWith("Evaluation")
                .and().haveSimpleNameNotContaining("Report")
                .and().haveSimpleNameNotContaining("Trainer")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(CORE);
    }

    @Test
    void packagesAreNamedAfterConcepts() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..", "..misc..")
                .check(CORE);
    }
}
