package dev.rollscope.lab.matrix;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rest of the matrix on real nginx, played only with -Plab. */
@Tag("nginx")
@Tag("lab-full")
class FullMatrixTest {

    static Object[] cases() {
        return LabSession.selected(LabMatrix.rest());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void realNginxAgreesWithTheEngine(LabCase c) throws InterruptedException {
        LabCaseCheck.playAndCheck(c);
    }
}
