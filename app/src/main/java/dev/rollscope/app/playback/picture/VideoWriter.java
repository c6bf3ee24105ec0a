package dev.rollscope.app.playback.picture;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Writes a WebM (VP9) or MP4 (H.264) video by piping raw frames to the {@code ffmpeg} executable
 * (docs/decisions/0012-video-export-with-ffmpeg.md). ffmpeg writes a temporary file beside the
 * target, which replaces the target only when the video is complete.
 */
final class VideoWriter implements FrameSink {

    /** The system property naming the ffmpeg executable; "ffmpeg" on the PATH when not set. */
    static final String FFMPEG = "rollscope.ffmpeg";

    private final Path file;
    private final Path partial;
    private final Path log;
    private final Process ffmpeg;
    private final OutputStream frames;
    private final ByteBuffer bytes;

    VideoWriter(Path file, AnimationFormat format, double fps, int width, int height) throws IOException {
        String executable = executable();
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        this.partial = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        this.log = Files.createTempFile("rollscope-ffmpeg", ".log");
        List<String> command = new ArrayList<>(List.of(executable, "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "bgra", "-s", width + "x" + height,
                "-framerate", String.format(Locale.ROOT, "%.3f", fps), "-i", "pipe:0",
                "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p"));
        command.addAll(codec(format));
        command.add(partial.toString());
        try {
            this.ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(log);
            throw e;
        }
        this.frames = new BufferedOutputStream(ffmpeg.getOutputStream(), 1 << 20);
        this.bytes = ByteBuffer.allocate(width * height * 4).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The encoder and container options: VP9 in WebM, or H.264 in MP4, both quick enough for 2 cores. */
    private static List<String> codec(AnimationFormat format) {
        return switch (format) {
            case WEBM -> List.of("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1",
                    "-b:v", "0", "-crf", "35", "-f", "webm");
            case MP4 -> List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-movflags", "+faststart",
                    "-f", "mp4");
            case GIF -> throw new IllegalArgumentException("a GIF is not written by ffmpeg");
        };
    }

    /** The ffmpeg to run: the one the system property names, or the first on the PATH. */
    static String executable() throws MissingEncoderException {
        String named = System.getProperty(FFMPEG);
        if (named != null) {
            if (Files.isExecutable(Path.of(named))) {
                return named;
            }
            throw new MissingEncoderException(named);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "ffmpeg"))) {
                return Path.of(dir, "ffmpeg").toString();
            }
        }
        throw new MissingEncoderException("ffmpeg");
    }

    @Override
    public void add(int[] argb, int width, int height) throws IOException {
        bytes.clear();
        bytes.asIntBuffer().put(argb, 0, width * height);
        try {
            frames.write(bytes.array(), 0, width * height * 4);
        } catch (IOException e) {
            throw failed();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            try {
                frames.close();
            } catch (IOException e) {
                throw failed();
            }
            if (ffmpeg.waitFor() != 0) {
                throw failed();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was writing " + file, e);
        } finally {
            if (ffmpeg.isAlive()) {
                ffmpeg.destroy();
            }
            Files.deleteIfExists(partial);
            Files.deleteIfExists(log);
        }
    }

    /** ffmpeg stopped early: what it said, as an error. */
    private IOException failed() throws IOException {
        try {
            if (!ffmpeg.waitFor(10, TimeUnit.SECONDS)) {
                ffmpeg.destroy();
                return new IOException("ffmpeg stopped reading frames");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String said = Files.readString(log, StandardCharsets.UTF_8).strip();
        return new IOException("ffmpeg failed (exit " + ffmpeg.exitValue() + "): " + said);
    }
}
