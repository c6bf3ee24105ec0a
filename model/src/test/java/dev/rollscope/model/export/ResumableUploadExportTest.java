package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.sim.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resumable upload's diagram draws each attempt with its method and bytes, tus's HEAD, the client's
 * retry pauses and a restart from byte 0 (domain.md §13), and the real Mermaid parses it in both
 * languages. The example's chain with D exiting at once on SIGTERM (no preStop): D.1 exits at 50 s
 * with chunk 2 (5-10 MB, sent at 49.2 s) on it; Kong chooses D.2 only from 53 s.
 */
class ResumableUploadExportTest {

    private static SimulationResult simulate(String scenario) throws Exception {
        String text = Files.readString(Path.of("..", "examples", "remedy-resumable-upload.json"))
                .replace("\"preStopSleep\": \"10s\",", "").replace("\"onStopSignal\": \"GRACEFUL\"",
                        "\"onStopSignal\": \"IMMEDIATE\"");
        Project p = ProjectFile.parse(text, "cut.json");
        return Exports.simulate(p, scenario);
    }

    private static String diagram(SimulationResult r, Locale locale) {
        return Exports.mermaid(r, "UPLOAD-50MB", new ExportOptions(false, true, locale, ExportOptions.Detail.ALL));
    }

    @Test
    void retriesHeadAndRestartAreDrawnAndParse() throws Exception {
        SimulationResult shared = simulate("roll D, resumable, shared storage");
        SimulationResult pod = simulate("roll D, resumable, storage on the pod");
        Map<String, String> texts = new LinkedHashMap<>();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            texts.put("shared " + l, diagram(shared, l));
            texts.put("pod " + l, diagram(pod, l));
        }

        assertThat(texts.get("shared en")).contains("PATCH UPLOAD-50MB · 5MB–10MB · t=49.2s",
                "HEAD UPLOAD-50MB · asks the offset", "the client retries in 1s from 5MB");
        assertThat(texts.get("pod en")).contains("the pod does not know the upload: a new upload from byte 0",
                "PATCH UPLOAD-50MB · 0B–5MB");
        assertThat(texts.get("pod zh_CN")).contains("Pod 不认识这个上传：从第 0 字节开始新的上传");
        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);
        assertThat(parsed.values()).allMatch(ParsedDiagram::ok);
        assertThat(shared.upload(0).orElseThrow().retries()).isPositive();
        assertThat(pod.upload(0).orElseThrow().restarts()).isEqualTo(1);
    }

    /**
     * At the essential detail the uneventful chunks are told together. The example as it is (D.1
     * stops gracefully): chunk i (5 MB, 4 s of body and 200 ms of processing) is sent at
     * 45 + 4.2 (i - 1) s; chunks 1 and 2 reach D.1, chunks 3 to 10 D.2 (Kong stops choosing D.1 at
     * 53 s). Chunk 1 is drawn in full (the first), chunk 2 too (a run of one on D.1), chunks 3 to 9
     * in one note from 53.4 s to their last answer at 45 + 9 × 4.2 = 82.8 s, and chunk 10 in full
     * (the last, answered at 87 s). The cut variant keeps every failed attempt, retry and HEAD in
     * full; chunk 2 sent again after the HEAD's answer at 54 s, chunks 2 to 9 run from 54 s to
     * 54 + 8 × 4.2 = 87.6 s.
     */
    @Test
    void uneventfulChunksAreToldInOneNote() throws Exception {
        Project p = ProjectFile.parse(Files.readString(Path.of("..", "examples", "remedy-resumable-upload.json")),
                "example.json");
        SimulationResult graceful = Exports.simulate(p, "roll D, resumable, shared storage");
        SimulationResult cut = simulate("roll D, resumable, shared storage");
        Map<String, String> texts = new LinkedHashMap<>();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ExportOptions essential = new ExportOptions(false, true, l, ExportOptions.Detail.ESSENTIAL);
            texts.put("graceful " + l, Exports.mermaid(graceful, "UPLOAD-50MB", essential));
            texts.put("cut " + l, Exports.mermaid(cut, "UPLOAD-50MB", essential));
        }

        assertThat(texts.get("graceful en")).contains("PATCH UPLOAD-50MB · 0B–5MB · t=45.0s",
                "PATCH UPLOAD-50MB · 5MB–10MB · t=49.2s",
                "Note over client,D_v2: chunks 3–9 (10MB–45MB): 7 PATCH requests to D.2, none failed, each answered "
                        + "200 · t=53.4s → t=82.8s",
                "PATCH UPLOAD-50MB · 45MB–50MB · t=82.8s", "OK 200 · done at t=87.0s (42s)")
                .doesNotContain("10MB–15MB · t=53.4s", "40MB–45MB");
        assertThat(texts.get("graceful en").lines().count()).isLessThan(60);
        assertThat(texts.get("graceful zh_CN")).contains("分块 3–9（10MB–45MB）：7 个 PATCH 请求发往 D.2，均未失败，各得到应答 200");
        assertThat(texts.get("cut en")).contains("the client retries in 0ms from 5MB", "the client retries in 1s from 5MB",
                "HEAD UPLOAD-50MB · asks the offset", "PATCH UPLOAD-50MB · 5MB–10MB · t=49.2s",
                "chunks 2–9 (5MB–45MB): 8 PATCH requests to D.2, none failed, each answered 200 · t=54.0s → t=87.6s");
        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);
        assertThat(parsed.values()).allMatch(ParsedDiagram::ok);
    }
}
