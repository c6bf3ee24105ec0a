package dev.rollscope.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model's architecture, held by ArchUnit (docs/decisions/0009-architecture-tests.md): no
 * JavaFX, and no cycle between its packages. A facade that drives a package's internals lives
 * above them ({@code sim.facade}, {@code export.facade}, {@code importing.facade}).
 */
class ModelArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rollscope.model");

    @Test
    void theModelNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..").check(MODEL);
    }

    @Test
    void theModelsPackagesHaveNoCycle() {
        slices().matching("dev.rollscope.model.(**)").should().beFreeOfCycles().check(MODEL);
    }
}
