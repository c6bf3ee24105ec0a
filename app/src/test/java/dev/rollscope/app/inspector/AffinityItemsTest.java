package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The inspector rows of session affinity (domain.md §12): choices named in both languages, sourced defaults. */
class AffinityItemsTest {

    private static final HopProfile A = new HopProfile(HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB);
    private static final HopProfile D = new HopProfile(HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT,
            FrontKind.KONG_UPSTREAM);

    @Test
    void aBackendServicesAffinityIsAChoiceOfItsConstantsNamedInEachLanguage() {
        ItemText en = new ItemTexts(Messages.of(Locale.ENGLISH)).forSetting(FrontSettings.SESSION_AFFINITY, A);
        ItemText zh = new ItemTexts(Messages.of(Locale.SIMPLIFIED_CHINESE)).forSetting(FrontSettings.SESSION_AFFINITY, A);

        assertThat(en.editorKind()).isEqualTo(ItemText.EditorKind.CHOICE);
        assertThat(en.choices()).contains("NONE", "CLIENT_IP", "GENERATED_COOKIE");
        assertThat(en.label()).isEqualTo("Session affinity (sessionAffinity)");
        assertThat(en.choiceNames().apply("GENERATED_COOKIE")).isEqualTo("Cookie set by the load balancer");
        assertThat(zh.choiceNames().apply("GENERATED_COOKIE")).isEqualTo("负载均衡器设置的 Cookie");
        assertThat(en.source()).contains("§12");
    }

    @Test
    void kongsHashOnIsOfferedBehindKong() {
        ItemText zh = new ItemTexts(Messages.of(Locale.SIMPLIFIED_CHINESE)).forSetting(FrontSettings.HASH_ON, D);

        assertThat(zh.label()).isEqualTo("Kong 哈希依据 (hash_on)");
        assertThat(zh.choiceNames().apply("HEADER")).isEqualTo("请求头");
    }
}
