package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.preferences.TestPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final TestPreferences test = new TestPreferences();
    private final RecentFiles recent = new RecentFiles(test.preferences());

    @AfterEach
    void remove() {
        test.remove();
    }

    @Test
    void theLastFileAddedComesFirstWithoutRepeats() {
        recent.add(Path.of("/p/a.json"));
        recent.add(Path.of("/p/b.json"));
        recent.add(Path.of("/p/./a.json"));

        assertThat(recent.files()).containsExactly(Path.of("/p/a.json"), Path.of("/p/b.json"));
    }

    @Test
    void theDesktopIsToldEachFileAddedAsAnAbsolutePath() {
        List<Path> told = new ArrayList<>();
        recent.add(Path.of("/p/before.json"));
        recent.alsoTell(told::add);

        recent.add(Path.of("/p/./a.json"));
        recent.add(Path.of("rel.json"));

        assertThat(told).containsExactly(Path.of("/p/a.json"), Path.of("rel.json").toAbsolutePath());
    }

    @Test
    void onlyTheMostRecentEightAreKept() {
        IntStream.rangeClosed(1, 10).forEach(i -> recent.add(Path.of("/p/" + i + ".json")));

        assertThat(recent.files()).hasSize(RecentFiles.MAX).first().isEqualTo(Path.of("/p/10.json"));
        assertThat(recent.files()).doesNotContain(Path.of("/p/2.json"));
    }

    @Test
    void theListOutlivesTheSession() {
        recent.add(Path.of("/p/a.json"));
        recent.add(Path.of("/p/b.json"));
        recent.remove(Path.of("/p/a.json"));

        assertThat(new RecentFiles(test.preferences()).files()).containsExactly(Path.of("/p/b.json"));
    }
}
