package dev.rollscope.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.SettingGroup;
import dev.rollscope.model.units.Excerpt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hop in a file. Its settings are grouped by {@link SettingGroup} and written in catalog order;
 * a setting equal to the default of the hop's profile is left out on write and filled on read.
 */
final class HopCodec {

    private HopCodec() {
    }

    static Hop decode(Fields f, Names hopIds) {
        String id = hopIds.claim(f.value("id"));
        String name = f.value("name").text();
        HopKind kind = f.value("kind").choice(HopKind.class);
        Platform platform = f.value("platform").choice(Platform.class);
        FrontKind front = f.value("front").choice(FrontKind.class);
        int replicas = f.value("replicas").integer();
        HopProfile profile = new HopProfile(kind, platform, front);
        Map<Setting<?>, Object> given = new LinkedHashMap<>();
        f.optional("settings").ifPresent(v -> decodeSettings(v.fields(), profile, given));
        f.finish();
        return f.build(() -> new Hop(id, name, kind, platform, front, replicas, DefaultsTable.defaults(profile, given)));
    }

    private static void decodeSettings(Fields settings, HopProfile profile, Map<Setting<?>, Object> values) {
        for (SettingGroup group : SettingGroup.values()) {
            settings.optional(group.key()).ifPresent(v -> decodeGroup(group, v.fields(), profile, values));
        }
        settings.finish();
    }

    private static void decodeGroup(SettingGroup group, Fields fields, HopProfile profile,
                                    Map<Setting<?>, Object> values) {
        for (Map.Entry<String, Value> e : fields.entries()) {
            Value v = e.getValue();
            Setting<?> setting = SettingCatalog.byId(group.key() + "." + e.getKey())
                    .orElseThrow(() -> new FieldError(v.path(), true, Refusal.of("file.unknownSetting",
                            Excerpt.quote(e.getKey()), group.key(), names(group, profile))));
            if (!DefaultsTable.applies(setting, profile)) {
                throw new FieldError(v.path(), true, Refusal.of("file.settingNotApplies", setting, profile.kind(),
                        profile.platform(), profile.front()));
            }
            values.put(setting, decodeValue(setting, v));
        }
    }

    private static String names(SettingGroup group, HopProfile profile) {
        return DefaultsTable.defaults(profile).keys().stream()
                .filter(s -> s.group() == group).map(Setting::name).collect(Collectors.joining(", "));
    }

    private static Object decodeValue(Setting<?> setting, Value v) {
        return switch (setting.type().shape()) {
            case NUMBER -> v.attempt(() -> setting.check(v.integer()));
            case BOOLEAN -> v.attempt(() -> setting.check(v.bool()));
            case STRING -> v.parse(setting::parse);
        };
    }

    static ObjectNode encode(Hop hop) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", hop.id());
        n.put("name", hop.name());
        n.put("kind", hop.kind().name());
        n.put("platform", hop.platform().name());
        n.put("front", hop.front().name());
        n.put("replicas", hop.replicas());
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        for (Setting<?> s : hop.settings().keys()) {
            if (!hop.isDefault(s)) {
                ObjectNode group = settings.has(s.group().key())
                        ? (ObjectNode) settings.get(s.group().key()) : settings.putObject(s.group().key());
                group.set(s.name(), encodeValue(s, hop.get(s)));
            }
        }
        if (!settings.isEmpty()) {
            n.set("settings", settings);
        }
        return n;
    }

    private static JsonNode encodeValue(Setting<?> setting, Object value) {
        return switch (setting.type().shape()) {
            case NUMBER -> IntNode.valueOf((Integer) value);
            case BOOLEAN -> BooleanNode.valueOf((Boolean) value);
            case STRING -> TextNode.valueOf(setting.format(value));
        };
    }
}
