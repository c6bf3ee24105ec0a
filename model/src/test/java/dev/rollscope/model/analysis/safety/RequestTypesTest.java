package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTypesTest {

    /**
     * A scenario with only a traffic mix (issue 20's largest topology): each mix entry is a request
     * type whose scenario sends that one request and no mix. Before, making it refused a scenario
     * with neither requests nor traffic, and check ended with exit 2 on a valid file.
     */
    @Test
    void aScenarioWithOnlyATrafficMixHasOneTypePerEntry() {
        TrafficMix mix = new TrafficMix(10, TimeSpan.ofSeconds(2), TimeSpan.ofSeconds(60), List.of(
                new MixEntry("read", "GET", ByteSize.ZERO, ByteSize.ofBytes(2048), null, 9),
                new MixEntry("write", "POST", ByteSize.ofBytes(100_000), ByteSize.ofBytes(1000), null, 1)));
        Scenario s = new Scenario("s", "", List.of(new RollOut("D", TimeSpan.ofSeconds(5))), List.of(), mix, 1);

        List<RequestTypes.RequestType> types = RequestTypes.of(s);

        assertThat(types).extracting(RequestTypes.RequestType::id).containsExactly("read", "write");
        for (RequestTypes.RequestType t : types) {
            assertThat(t.scenario().traffic()).isNull();
            assertThat(t.scenario().requests()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(t.id());
                assertThat(r.start()).isEqualTo(TimeSpan.ofSeconds(2));
            });
        }
    }
}
