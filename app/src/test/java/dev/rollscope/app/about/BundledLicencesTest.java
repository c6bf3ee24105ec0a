package dev.rollscope.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The licence list the build writes: every bundled library with the licence its POM declares, nothing test-only. */
class BundledLicencesTest {

    private final List<String> lines = BundledLicences.lines();

    @Test
    void eachBundledLibraryWithItsLicence() {
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("(GPLv2+CE)").contains("org.openjfx:javafx-controls:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("(The 3-Clause BSD License)").contains("org.controlsfx:controlsfx:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("(MIT License)").contains("io.github.mkpaz:atlantafx-base:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Apache").contains("info.picocli:picocli:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Apache").contains("com.fasterxml.jackson.core:jackson-databind:"));
    }

    @Test
    void neitherTestLibrariesNorRollscopeItself() {
        assertThat(lines).noneMatch(l -> l.contains("junit") || l.contains("testfx-core")
                || l.contains("testfx-junit") || l.contains("assertj") || l.contains("dev.rollscope"));
    }

    /** Monocle ships in the jar since `export animation` renders headless with it, so its licence is listed. */
    @Test
    void monocleIsBundledForHeadlessAnimationExport() {
        assertThat(lines).anyMatch(l -> l.contains("openjfx-monocle"));
    }
}
