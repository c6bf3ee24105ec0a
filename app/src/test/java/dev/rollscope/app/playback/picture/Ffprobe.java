package dev.rollscope.app.playback.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What ffprobe (installed with ffmpeg) reads from a video: its container, codec, size, frames counted by decoding, duration. */
public record Ffprobe(String container, String codec, int width, int height, int frames, double seconds) {

    public static Ffprobe of(Path video) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames:format=format_name,duration",
                "-of", "default=noprint_wrappers=1", video.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("ffprobe failed on " + video + ": " + out);
        }
        Map<String, String> values = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return new Ffprobe(values.get("format_name"), values.get("codec_name"), Integer.parseInt(values.get("width")),
                Integer.parseInt(values.get("height")), Integer.parseInt(values.get("nb_read_frames")),
                Double.parseDouble(values.get("duration")));
    }
}
