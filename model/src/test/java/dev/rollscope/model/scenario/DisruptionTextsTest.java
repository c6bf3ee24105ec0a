package dev.rollscope.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of disruption is named in the exports and in the danger search, in English and Chinese. */
class DisruptionTextsTest {

    @ParameterizedTest
    @EnumSource(Disruption.Kind.class)
    void everyKindHasItsWordsInBothLanguages(Disruption.Kind kind) {
        for (String bundle : List.of("dev.rollscope.model.export.exports", "dev.rollscope.model.analysis.sweep.sweep")) {
            String en = ResourceBundle.getBundle(bundle, Locale.ROOT).getString("disruption." + kind.name());
            String zh = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE).getString("disruption." + kind.name());
            assertThat(en).as(bundle).contains("{0}");
            assertThat(zh).as(bundle).contains("{0}").isNotEqualTo(en);
        }
    }
}
