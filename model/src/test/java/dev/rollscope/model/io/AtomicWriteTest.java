package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app's save ({@link ProjectFile#write}) and {@code export -o} rely on. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsPartWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = Files.writeString(dir.resolve("p.json"), "old content");

        assertThatThrownBy(() -> AtomicWrite.write(f, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(f)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void aWriteRemovesTheTemporaryFilesAKilledWriteOfTheSameFileLeftAndNothingElse() throws IOException {
        Path f = Files.writeString(dir.resolve("p.json"), "old");
        Path leftover = Files.writeString(dir.resolve(".p.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11.tmp"), "half");
        Path other = Files.writeString(dir.resolve(".q.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11.tmp"), "q's");
        Path mine = Files.writeString(dir.resolve(".p.json.mine.tmp"), "a user's file");
        Path notTemp = Files.writeString(dir.resolve(".p.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11"), "no .tmp");

        AtomicWrite.write(f, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(leftover).doesNotExist();
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(other).exists();
        assertThat(mine).exists();
        assertThat(notTemp).exists();
    }

    @Test
    void leftoversAreRemovedWithoutAWriteToo() throws IOException {
        Path f = dir.resolve("p.json");
        Files.writeString(dir.resolve(".p.json.0b7a4d7e-5f4c-4c61-9d55-3b1f0a2e9c11.tmp"), "half");
        Files.writeString(dir.resolve(".p.json.11111111-2222-4333-8444-555555555555.tmp"), "half");

        assertThat(AtomicWrite.removeLeftovers(f)).isEqualTo(2);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(AtomicWrite.removeLeftovers(dir.resolve("missing-dir").resolve("p.json"))).isZero();
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("p.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "p.json"));

        AtomicWrite.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "p.json"));
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void theFileKeepsItsMode() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.json"), "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));

        AtomicWrite.write(f, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(Files.readString(f)).isEqualTo("new");
    }

    @Test
    void aNewFileIsCreated() throws IOException {
        AtomicWrite.write(dir.resolve("new.json"), "x".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(dir.resolve("new.json"))).isEqualTo("x");
    }
}
