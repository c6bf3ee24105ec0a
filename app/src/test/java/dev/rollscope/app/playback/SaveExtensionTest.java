package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser.ExtensionFilter;
import org.junit.jupiter.api.Test;

/** The file the View menu's saves write: the name typed, with the chosen type's extension when it has none. */
class SaveExtensionTest {

    private static final List<String> ANIMATIONS = List.of("gif", "webm", "mp4");

    @Test
    void aNameWithOneOfTheExtensionsIsKeptWhateverTheTypeChosen() {
        assertThat(PlayTab.withExtension(Path.of("/tmp/roll.WEBM"), ANIMATIONS, new ExtensionFilter("GIF", "*.gif")))
                .isEqualTo(Path.of("/tmp/roll.WEBM"));
    }

    @Test
    void aNameWithoutOneGetsTheChosenTypesOrTheFirst() {
        assertThat(PlayTab.withExtension(Path.of("/tmp/roll"), ANIMATIONS, new ExtensionFilter("MP4", "*.mp4")))
                .isEqualTo(Path.of("/tmp/roll.mp4"));
        assertThat(PlayTab.withExtension(Path.of("/tmp/roll.c"), List.of("png", "svg"), null))
                .isEqualTo(Path.of("/tmp/roll.c.png"));
    }
}
