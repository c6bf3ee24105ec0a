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
}
