package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * examples/remedy-slow-client.json: the zero-downtime chain with clients that stall (domain.md §15),
 * at the times its description works out (client 10 Mbit/s up, 50 Mbit/s down; inside 1 Gbit/s;
 * D's default processing 100 ms).
 */
class SlowClientExampleTest {

    private final Project p = load();

    private static Project load() {
        try {
            return ProjectFile.read(Path.of("..", "examples", "remedy-slow-client.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Outcome only(String scenario) {
        Scenario s = p.scenario(scenario).orElseThrow();
        return Simulator.run(p.topology(), s).outcomes().get(0);
    }

    /**
     * 10 MB sent by 5 + 8 = 13 s; paused 70 s; A's client_body_timeout fires at 73 s; the GFE answers
     * 502. With the fix (70 s) the POST ends at 5 + 40 + 70 + 0.4 + 0.4 + 5 s plus 1 ms of response =
     * 120 801 ms, inside the GFE's 120 s budget from 5 s.
     */
    @Test
    void aSeventySecondPauseIsCutAtSeventyThreeSecondsAndTheFixSavesIt() {
        Outcome o = only("pause 70s");

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(73_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.clientBodyTimeout", "70s"));
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).fix())
                .isEqualTo("Raise A proxy.clientBodyTimeout (nginx client_body_timeout; Kong: nginx_http_client_body_timeout)"
                        + " to at least 70 s, or make the client resume sooner.");
        Scenario s = p.scenario("pause 70s").orElseThrow();
        Outcome fixed = Simulator.run(Fixtures.applyFixes(p.topology(), o.failure()), s).outcomes().get(0);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(120_801);
    }

    /** Paused 45 s: body at A by 90 s, at D by 90.8 s, answered at 95.8 s, 1 kB back in 1 ms. */
    @Test
    void aFortyFiveSecondPauseSurvives() {
        Outcome o = only("pause 45s");

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(95_801);
    }

    /** D answers at 5.1 s; 5 MB reach the client by 5.9 s; A's send_timeout closes at 65.9 s: truncated, no fix. */
    @Test
    void aClientThatStopsReadingEndsTruncatedWithNoFix() {
        Outcome o = only("stops reading");

        assertThat(o.statusText()).isEqualTo("200 truncated");
        assertThat(o.end()).isEqualTo(65_900);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_SEND_TIMEOUT);
        assertThat(o.failure().hop()).isEqualTo("A");
        assertThat(o.failure().fixes()).isEmpty();
    }
}
