package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathTest {

    @Test
    void theRootIsADollar() {
        assertThat(JsonPath.ROOT).hasToString("$");
    }

    @Test
    void keysAreDottedAndIndexesBracketed() {
        assertThat(JsonPath.ROOT.key("hops").index(0).key("settings").key("proxy"))
                .hasToString("$.hops[0].settings.proxy");
    }

    @Test
    void aKeyThatIsNotAnIdentifierIsQuotedAndEscaped() {
        assertThat(JsonPath.ROOT.key("my key").key("say \"hi\"")).hasToString("$[\"my key\"][\"say \\\"hi\\\"\"]");
    }

    @Test
    void aPathContainsItselfAndWhatLiesInsideIt() {
        JsonPath hop = JsonPath.ROOT.key("hops").index(1);

        assertThat(hop.contains(hop.key("id"))).isTrue();
        assertThat(hop.contains(hop)).isTrue();
        assertThat(hop.contains(JsonPath.ROOT.key("hops").index(0).key("id"))).isFalse();
        assertThat(hop.key("id").contains(hop)).isFalse();
    }
}
