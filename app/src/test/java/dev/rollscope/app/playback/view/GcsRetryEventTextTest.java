package dev.rollscope.app.playback.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.UploadCutAtOnce;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Play tab's event list tells a GCS retry as the client does it: at a random time up to the
 * one the engine waits for (gax-go full jitter, domain.md §13; ResumableUploads), while tus's fixed
 * delay keeps its exact time. remedy-resumable-upload's "roll D, resumable, shared storage" with D
 * exiting at once on SIGTERM (no preStop): D.1 exits at 50 s; the upload starts at 45 s.
 */
class GcsRetryEventTextTest {

    private static SimulationResult simulate(boolean gcs) throws Exception {
        Project p = ProjectFile.parse(UploadCutAtOnce.json(gcs), "cut.json");
        return Simulator.run(p.topology(), p.scenario(UploadCutAtOnce.SCENARIO).orElseThrow());
    }

    private static List<String> retries(SimulationResult r, Locale locale) {
        EventTexts texts = new EventTexts(r, new PlaybackTexts(Messages.of(locale)));
        return r.trace().forRequest(0).stream()
                .filter(e -> e.type() == TraceEventType.UPLOAD_NEXT && e.detail().startsWith("retry:"))
                .map(texts::sentence).toList();
    }

    /**
     * GCS, 4 MiB chunks: 4 194 304 bytes at 10 Mbit/s take 3 356 ms (rounded up), D answers 200 ms
     * later, so chunk 2 (4-8 MiB) is sent at 45 000 + 3 556 = 48 556 and D.1 takes it until it exits
     * at 50 000. The client re-sends it after at most 100 ms: by 50.100 s.
     */
    @Test
    void aGcsRetryIsARandomTimeUpToTheOneSimulated() throws Exception {
        SimulationResult r = simulate(true);

        assertThat(retries(r, Locale.ENGLISH).get(0)).startsWith("50.000 s  the resumable upload sends its next"
                + " attempt at a random time up to 50.100 s (the GCS client's pause, simulated at its longest:"
                + " 50.100 s), from byte 4MiB (");
        assertThat(retries(r, Locale.SIMPLIFIED_CHINESE).get(0)).startsWith("50.000 秒  可续传上传在 50.100 秒 之前的随机时刻"
                + "发送下一次尝试（GCS 客户端的随机等待，模拟按最长计：50.100 秒），从第 4MiB 字节开始（");
    }

    /** tus, 5 MB chunks: chunk 2 (5-10 MB, sent at 49.2 s) is cut at 50 s and retried after its first delay, 0 ms. */
    @Test
    void aTusRetryKeepsItsExactTime() throws Exception {
        List<String> en = retries(simulate(false), Locale.ENGLISH);

        assertThat(en.get(0)).startsWith("50.000 s  the resumable upload sends its next attempt at 50.000 s, from"
                + " byte 5MB (");
        assertThat(en).noneMatch(s -> s.contains("random"));
    }
}
