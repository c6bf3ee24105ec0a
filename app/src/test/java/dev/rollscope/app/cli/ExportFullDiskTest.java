package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.Launcher;
import dev.rollscope.app.reliability.LimitedJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export -o} when the disk fills part way through the write (files may not grow past 4 KiB,
 * see {@link LimitedJvm}): exit 2 with the reason on one line, and the file that was there is left
 * as it was, without a temporary file beside it.
 */
class ExportFullDiskTest {

    private static final String KONG = Path.of("..", "examples", "kong-service-pods.json").toAbsolutePath()
            .toString();

    @TempDir
    Path dir;

    @Test
    void anExportThatFailsPartWayExitsTwoAndLeavesTheOldFile() throws Exception {
        Path report = dir.resolve("report.md");

        LimitedJvm.Result child = exportOver(report, 4);

        assertThat(child.exitCode()).as(child.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(child.output()).isEqualTo(report + ": cannot write: File too large\n");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("the report of yesterday\n");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(report);
        }
    }

    /** With room the report is written; it exits 1 as simulate would, since one of the scenario's requests fails. */
    @Test
    void theSameExportWithRoomIsWritten() throws Exception {
        Path report = dir.resolve("report.md");

        LimitedJvm.Result child = exportOver(report, 4096);

        assertThat(child.exitCode()).as(child.output()).isEqualTo(ExitCodes.FAILURES);
        assertThat(Files.size(report)).isGreaterThan(4 * 1024);
    }

    /** Exports the report over a file holding yesterday's, where files may grow to {@code kib} KiB. */
    private static LimitedJvm.Result exportOver(Path report, int kib) throws Exception {
        Files.writeString(report, "the report of yesterday\n");
        return LimitedJvm.run(kib, Launcher.class, "export", "report", KONG, "--scenario",
                "GET during pod replacement", "-o", report.toString());
    }
}
