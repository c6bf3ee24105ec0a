package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.reliability.LimitedJvm;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A save that fails part way (the disk is full: here files may not grow past 64 KiB, see
 * {@link LimitedJvm}) says so and loses nothing: the file on disk is the old one, byte for byte,
 * no temporary file is left, and the document is still open with its edits, unsaved and undoable.
 */
class FullDiskSaveTest {

    private static final int LIMIT_KIB = 64;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 'Cannot save {file}: File too large. The file there is unchanged and your changes are still open: free some space or save elsewhere (File > Save As).'
            zh | '无法保存 {file}：File too large。那里的文件没有改变，你的修改仍然打开着：请腾出空间或另存到别处（文件 > 另存为）。'
            """)
    void aSaveThatFailsPartWaySaysSoAndKeepsTheOldFileAndTheEdits(String language, String message)
            throws Exception {
        Path file = dir.resolve("project.json");
        ProjectFile.write(large(), file);
        byte[] old = Files.readAllBytes(file);
        assertThat(old.length).isGreaterThan(3 * LIMIT_KIB * 1024);

        LimitedJvm.Result child = LimitedJvm.run(LIMIT_KIB, FullDiskSave.class, file.toString(), language);

        assertRefusedAndNothingLost(child, message, file, old);
    }

    /**
     * What {@link FullDiskSave} printed for a save that failed: the one message (its {@code {file}} the
     * file), the document still dirty with its edit and undo; on disk the old file and nothing beside it.
     */
    static void assertRefusedAndNothingLost(LimitedJvm.Result child, String message, Path file, byte[] old)
            throws IOException {
        assertThat(child.exitCode()).as(child.output()).isZero();
        assertThat(child.output().lines()).containsExactly("opened=true", "saved=false",
                "errors=" + message.replace("{file}", file.toString()), "dirty=true", "edits kept=true",
                "can undo=true", "file=" + file);
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void theSameSaveWithRoomSucceeds() throws Exception {
        Path file = dir.resolve("project.json");
        ProjectFile.write(large(), file);

        LimitedJvm.Result child = LimitedJvm.run(4096, FullDiskSave.class, file.toString(), "en");

        assertThat(child.output().lines()).contains("saved=true", "dirty=false", "errors=");
        assertThat(ProjectFile.read(file)).isNotEqualTo(large());
    }

    /** The bundled chain with a 200 kB description: its file is larger than the limit. */
    private static Project large() {
        Project base = TestProjects.abcd();
        Topology t = base.topology();
        return new Project(new Topology(t.name(), "x".repeat(200_000), t.client(), t.network(), t.hops(), t.layout()),
                base.scenarios());
    }
}
