package dev.rollscope.lab.matrix;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The matrix cases CI plays on real nginx on every build (LabCase.ci()). */
@Tag("nginx")
class CiSubsetTest {

    static Object[] cases() {
        return LabSession.selected(LabMatrix.ci());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void realNginxAgreesWithTheEngine(LabCase c) throws InterruptedException {
        LabCaseCheck.playAndCheck(c);
    }
}
