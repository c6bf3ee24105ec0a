package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/remedy-resumable-upload.json tells what its descriptions say. D (one pod) rolls at 40 s:
 * D.2 is ready at 50 s and D.1 is deleted then (preStop 10 s, graceful, killed at 80 s); Kong
 * chooses D.2 from 53 s. A and Kong stream the body (10 Mbit/s): 5 MB take 4 000 ms, D answers
 * 200 ms after the last byte.
 */
class RemedyResumableUploadExampleTest {

    private static Project load() throws Exception {
        return ProjectFile.read(Path.of("..", "examples", "remedy-resumable-upload.json"));
    }

    private static List<Finding> errors(Project p, Scenario s) {
        return Checks.run(p.topology(), s).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** The POST is on D.1 from 45 s and needs until 85.2 s; D.1 is killed at 50 + 30 = 80 s. */
    @Test
    void onePostIsCutWhenItsPodIsKilled() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(0);
        Outcome o = Simulator.run(p.topology(), s).outcome("POST-50MB");

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(80_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(errors(p, s)).anyMatch(f -> f.names("D", "lifecycle.terminationGracePeriod"));
    }

    /**
     * Ten chunks of 4 200 ms from 45 s: the first two on D.1 (the second ends at 53.4 s), the rest on
     * D.2 from 53.4 s, which knows the upload from the shared storage: done at 87 s, nothing retried;
     * undisturbed the upload takes 42 s, one POST 40.2 s. No check finds an error.
     */
    @Test
    void theResumableUploadWithSharedStorageMovesToTheNewPod() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(1);
        SimulationResult r = Simulator.run(p.topology(), s);
        UploadSummary u = r.upload(0).orElseThrow();

        assertThat(r.outcome("UPLOAD-50MB").ok()).isTrue();
        assertThat(r.outcome("UPLOAD-50MB").end()).isEqualTo(87_000);
        assertThat(u.sent()).isEqualTo(10);
        assertThat(u.retries()).isZero();
        assertThat(u.undisturbed()).isEqualTo(42_000);
        assertThat(u.singlePost()).isEqualTo(40_200);
        assertThat(errors(p, s)).isEmpty();
    }

    /** The third chunk's PATCH reaches D.2 at 53.4 s, which does not know the upload: 404, not retried. */
    @Test
    void theResumableUploadOnThePodsDiskFailsAtTheNewPod() throws Exception {
        Project p = load();
        Scenario s = p.scenarios().get(2);
        SimulationResult r = Simulator.run(p.topology(), s);
        Outcome o = r.outcome("UPLOAD-50MB");

        assertThat(o.status()).isEqualTo(404);
        assertThat(o.end()).isEqualTo(53_400);
        assertThat(o.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(r.upload(0).orElseThrow().lostOn()).isEqualTo("D.1");
        assertThat(r.upload(0).orElseThrow().answeredBy()).isEqualTo("D.2");
        assertThat(errors(p, s)).extracting(Finding::check).containsExactly("upload-on-pod");
    }
}
