package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/remedy-affinity.json tells what its description says: Kong's cookie affinity does not
 * save the 50 MB POST in flight (cut at 90 s, as without affinity), it only decides where user-1's
 * next requests go; and the static checks say so. Where it matters: a tus upload kept on its pod's
 * own disk completes across three pods only with the pin.
 */
class RemedyAffinityExampleTest {

    private static Project load() throws Exception {
        return ProjectFile.read(Path.of("..", "examples", "remedy-affinity.json"));
    }

    private static Topology withoutAffinity(Topology t) {
        int d = t.indexOf("D");
        return t.withHop(d, t.hops().get(d).with(FrontSettings.HASH_ON, KongHashOn.NONE));
    }

    /**
     * D.2 is deleted at 60 s, preStop 10 s, graceful, killed at 60 + 30 = 90 s; the POST needs until
     * 105 s. Without affinity the POST takes the same pod (Kong's round robin) and the same cut.
     */
    @Test
    void affinityDoesNotKeepTheUploadAlive() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(0);

        Outcome with = Simulator.run(p.topology(), s).outcome("POST-50MB");
        Outcome without = Simulator.run(withoutAffinity(p.topology()), s).outcome("POST-50MB");

        assertThat(with.status()).isEqualTo(502);
        assertThat(with.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(with.failure().instance()).isEqualTo("D.2");
        assertThat(with.end()).isEqualTo(90_000);
        assertThat(with).isEqualTo(without);
    }

    /** D.2 leaves Kong's view 3 s after its deletion (63 s): user-1's GET at 61 s follows the pin there, at 64 s it moves. */
    @Test
    void thePinDecidesOnlyWhereTheNextRequestsGo() throws Exception {
        Project p = load();
        SimulationResult r = Simulator.run(p.topology(), p.scenarios().get(0), SimulationOptions.full());

        assertThat(r.outcome("GET-user-1-61s").ok()).isTrue();
        assertThat(r.outcome("GET-user-1-64s").ok()).isTrue();
        assertThat(AffinityTest.servedBy(r, 2)).isEqualTo("D.2");
        assertThat(AffinityTest.servedBy(r, 3)).isNotEqualTo("D.2");
        assertThat(Checks.run(p.topology(), p.scenarios().get(0))).extracting(f -> f.hop() + " " + f.check())
                .contains("D grace-period", "D affinity-not-drain");
    }

    /**
     * Nothing rolls; user-1's GET (1 s) pins user-1 to a D pod, and every 5 MB chunk of its tus upload
     * (4 000 ms at 10 Mbit/s, A and Kong stream, + 200 ms) follows the pin to the pod holding the
     * upload: ten chunks from 5 s, done at 5 + 10 × 4.2 = 47 s, none retried. Without the pin, Kong's
     * round robin gives the second chunk (sent at 5 + 4.2 = 9.2 s) the next pod, which answers 404 at
     * once; tus-js-client does not retry a 404 to a PATCH.
     */
    @Test
    void thePinKeepsAPodStoredUploadOnItsPodAndWithoutItTheSecondChunkIsLost() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(1);

        SimulationResult with = Simulator.run(p.topology(), s);
        SimulationResult without = Simulator.run(withoutAffinity(p.topology()), s);

        assertThat(with.outcome("UPLOAD-user-1").ok()).isTrue();
        assertThat(with.outcome("UPLOAD-user-1").end()).isEqualTo(47_000);
        assertThat(with.upload(1).orElseThrow().sent()).isEqualTo(10);
        assertThat(with.upload(1).orElseThrow().retries()).isZero();
        Outcome lost = without.outcome("UPLOAD-user-1");
        assertThat(lost.status()).isEqualTo(404);
        assertThat(lost.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(lost.end()).isEqualTo(9_200);
        assertThat(without.upload(1).orElseThrow().answeredBy()).isNotEqualTo(without.upload(1).orElseThrow().lostOn());
    }

    /** The upload carries user-1's id: its chunks follow the pin user-1's GET made, to the GET's pod and no other. */
    @Test
    void theUploadsChunksFollowThePinItsClientAlreadyHas() throws Exception {
        Project p = load();
        SimulationResult r = Simulator.run(p.topology(), p.scenarios().get(1), SimulationOptions.full());
        int d = r.stations().size() - 1;

        List<String> uploadPods = r.trace().events().stream()
                .filter(e -> e.type() == TraceEventType.CONNECTED && e.request() == 1 && e.peerStation() == d)
                .map(e -> r.instances().get(e.peerInstance()).id()).distinct().toList();

        assertThat(uploadPods).containsExactly(AffinityTest.servedBy(r, 0));
    }
}
