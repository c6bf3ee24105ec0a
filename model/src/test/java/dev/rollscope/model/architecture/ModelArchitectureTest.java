package dev.rollscope.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model's architecture, held by ArchUnit (docs/decisions/0009-architecture-tests.md): no
 * JavaFX, and no cycle between its packages except the known ones below, which are to be resolved
 * (each by moving a facade above the packages it drives) and then removed from the list.
 */
class ModelArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rollscope.model");

    /**
     * A dependency of a class (and its nested classes and lambdas) on a package that closes a
     * package cycle and is allowed until it is resolved.
     */
    private record Known(String origin, String targetPackage) {

        DescribedPredicate<JavaClass> fromOrigin() {
            return HasName.Predicates.nameMatching(Pattern.quote(origin) + "(\\$.*)?").forSubtype();
        }

        DescribedPredicate<JavaClass> toTarget() {
            return JavaClass.Predicates.resideInAPackage(targetPackage);
        }
    }

    /**
     * The package cycles the model has today. {@code sim ↔ sim.engine}: the facades Simulation and
     * Simulator (in sim) run the Engine, which makes sim's values (Outcome, Failure, Trace...).
     */
    private static final List<Known> KNOWN_CYCLES = List.of(
            new Known("dev.rollscope.model.sim.Simulation", "dev.rollscope.model.sim.engine"),
            new Known("dev.rollscope.model.sim.Simulator", "dev.rollscope.model.sim.engine"));

    @Test
    void theModelNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..").check(MODEL);
    }

    @Test
    void theModelsPackagesHaveNoCycleButTheKnownOnes() {
        SliceRule rule = slices().matching("dev.rollscope.model.(**)").should().beFreeOfCycles();
        for (Known k : KNOWN_CYCLES) {
            rule = rule.ignoreDependency(k.fromOrigin(), k.toTarget());
        }
        rule.check(MODEL);
    }

    /** So that the list shrinks: a resolved cycle must leave it. */
    @Test
    void everyKnownCycleStillExists() {
        for (Known k : KNOWN_CYCLES) {
            assertThat(MODEL.stream().filter(k.fromOrigin()::test)
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> k.toTarget().test(d.getTargetClass())))
                    .as("%s still depends on %s (else remove it from KNOWN_CYCLES)", k.origin(), k.targetPackage())
                    .isTrue();
        }
    }
}
