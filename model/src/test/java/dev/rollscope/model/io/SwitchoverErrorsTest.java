package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.message;
import static dev.rollscope.model.io.ProjectFileErrorsTest.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Blue/green switches and canaries that do not fit their hop are refused at the value that is wrong. */
class SwitchoverErrorsTest {

    @Test
    void aUrlMapSwitchOfPodsPointsAtTheHop() {
        assertThat(message(BASE.replace("\"rollout\", \"hop\": \"D\"", "\"urlMapSwitch\", \"hop\": \"D\"")))
                .isEqualTo("t.json:17:55: $.scenarios[0].disruptions[0].hop: scenario \"s\": a URL map switch moves an "
                        + "external load balancer's traffic between two MIGs, but hop D is on GKE_DEPLOYMENT behind "
                        + "K8S_SERVICE");
    }

    @Test
    void aCanaryLargerThanItsGroupPointsAtTheSize() {
        String canary = "{\"type\": \"migCanary\", \"hop\": \"A\", \"at\": \"10s\", \"size\": 2}";
        assertThat(message(BASE.replace("{\"type\": \"rollout\", \"hop\": \"D\", \"at\": \"10s\"}", canary)))
                .isEqualTo("t.json:17:78: $.scenarios[0].disruptions[0].size: scenario \"s\": canary size 2 is more "
                        + "than the 1 VM of hop A (1 to 1)");
    }
}
