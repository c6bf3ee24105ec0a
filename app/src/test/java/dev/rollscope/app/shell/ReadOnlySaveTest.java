package dev.rollscope.app.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rollscope.app.TestProjects;
import dev.rollscope.app.reliability.LimitedJvm;
import dev.rollscope.model.io.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a save into a read-only directory (a read-only bind mount, which refuses root too, see
 * {@link LimitedJvm#readOnly}) says why in one sentence, naming the file and not the temporary file
 * the write tried first, and loses nothing: the file is the old one, the document still open with its
 * edits, unsaved and undoable. The child is {@link FullDiskSave}'s: open, change, Ctrl+S.
 */
class ReadOnlySaveTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 'Cannot save {file}: Read-only file system. The file there is unchanged and your changes are still open: free some space or save elsewhere (File > Save As).'
            zh | '无法保存 {file}：Read-only file system。那里的文件没有改变，你的修改仍然打开着：请腾出空间或另存到别处（文件 > 另存为）。'
            """)
    void aSaveIntoAReadOnlyDirectorySaysSoAndKeepsTheOldFileAndTheEdits(String language, String message)
            throws Exception {
        assumeTrue(LimitedJvm.canMakeReadOnly(dir), "this machine gives no privilege for a read-only bind mount");
        Path file = dir.resolve("project.json");
        ProjectFile.write(TestProjects.abcd(), file);
        byte[] old = Files.readAllBytes(file);

        LimitedJvm.Result child = LimitedJvm.readOnly(dir, FullDiskSave.class, file.toString(), language);

        FullDiskSaveTest.assertRefusedAndNothingLost(child, message, file, old);
    }
}
