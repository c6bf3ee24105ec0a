package dev.rollscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * examples/remedy-resumable-upload.json with D exiting at once on SIGTERM (no preStop), so that the
 * roll of D cuts a chunk of the upload of "roll D, resumable, shared storage" (started at 45 s) when
 * D.1 exits at 50 s and the client retries it: as tus in 5 MB chunks (the example's), or as GCS in
 * 4 MiB chunks.
 */
public final class UploadCutAtOnce {

    /** The scenario whose upload is cut. */
    public static final String SCENARIO = "roll D, resumable, shared storage";

    private UploadCutAtOnce() {
    }

    /** The project file's text; {@code gcs}: the shared-storage upload as GCS in 4 MiB chunks, else tus in 5 MB. */
    public static String json(boolean gcs) throws IOException {
        String text = Files.readString(Path.of("..", "examples", "remedy-resumable-upload.json"))
                .replace("\"preStopSleep\": \"10s\",", "")
                .replace("\"onStopSignal\": \"GRACEFUL\"", "\"onStopSignal\": \"IMMEDIATE\"");
        return gcs ? text.replace("\"protocol\": \"TUS\",\n            \"chunkSize\": \"5MB\",\n            \"storage\": \"SHARED\"",
                "\"protocol\": \"GCS\",\n            \"chunkSize\": \"4MiB\",\n            \"storage\": \"SHARED\"") : text;
    }
}
