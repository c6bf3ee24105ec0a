package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The client profile of a traffic entry, on abcd-defaults' "roll C" given a mix of GETs (10kB responses) and POSTs (1kB responses). */
class MixClientTest {

    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final ScenarioEditor editor = new ScenarioEditor(document, new SimpleStringProperty("roll C"), Locale.ENGLISH);
    private final MixClient mix = new MixClient(editor);

    MixClientTest() {
        editor.setTraffic(new TrafficMix(20, TimeSpan.ZERO, TimeSpan.ofSeconds(60), List.of(
                new MixEntry("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 9),
                new MixEntry("POST-50MB", "POST", ByteSize.ofMegabytes(50), ByteSize.ofBytes(1_000), null, 1))));
        mix.show(traffic());
    }

    private TrafficMix traffic() {
        return document.project().scenario("roll C").orElseThrow().traffic();
    }

    @Test
    void aClientThatStopsReadingIsSetOnTheChosenEntryOnly() {
        assertThat(mix.entries).containsExactly("GET", "POST-50MB");
        assertThat(mix.entry.get()).isEqualTo("GET");
        mix.client.stopsReadingAt.set("1KiB");
        mix.client.id.set("phone");

        assertThat(mix.group.apply()).isTrue();

        assertThat(traffic().entries().get(0).client()).isEqualTo(new ClientBehaviour(TimeSpan.ZERO, null, null,
                ByteSize.ofBytes(1024), "phone"));
        assertThat(traffic().entries().get(1).client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of the client profile of traffic entry GET");
        document.commands().undo();
        assertThat(traffic().entries().get(0).client()).isEqualTo(ClientBehaviour.NONE);
    }

    @Test
    void stoppingBeyondTheResponseIsRefusedWithTheModelsReason() {
        mix.entry.set("POST-50MB");
        mix.client.stopsReadingAt.set("2KB");

        assertThat(mix.group.errorProperty().get()).isEqualTo("Refused: mix entry POST-50MB: client stopsReadingAt 2kB "
                + "must lie inside the response (1kB)");
        assertThat(mix.group.apply()).isFalse();
    }
}
