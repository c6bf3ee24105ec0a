package dev.rollscope.app.inspector;

import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.ValueType;
import java.util.Optional;

/** The fields of a hop the inspector shows: its identity fields, then one per setting it has. */
final class HopFields {

    static final HopField NAME = new HopField("hop.name", Hop::name, (h, t) -> h.withName(t.trim()), h -> none());
    static final HopField REPLICAS = new HopField("hop.replicas", h -> String.valueOf(h.replicas()),
            (h, t) -> h.withReplicas(ValueType.COUNT.parse(t)), h -> none());
    static final HopField KIND = new HopField("hop.kind", h -> h.kind().name(),
            (h, t) -> h.withProfile(new HopProfile(HopKind.valueOf(t), h.platform(), h.front())), h -> none());
    static final HopField PLATFORM = new HopField("hop.platform", h -> h.platform().name(),
            (h, t) -> h.withProfile(new HopProfile(h.kind(), Platform.valueOf(t), h.front())), h -> none());
    static final HopField FRONT = new HopField("hop.front", h -> h.front().name(),
            (h, t) -> h.withProfile(new HopProfile(h.kind(), h.platform(), FrontKind.valueOf(t))), h -> none());

    private HopFields() {
    }

    /**
     * The field of one setting: parsed and checked by the setting; its default from {@link DefaultsTable},
     * following the hop's own settings where a default is derived (a MIG's maxSurge from its zones).
     */
    static <T> HopField of(Setting<T> setting) {
        return new HopField(setting.id(), h -> setting.format(h.get(setting)),
                (h, t) -> h.with(setting, setting.parse(t)),
                h -> Optional.of(setting.format(DefaultsTable.defaultFor(setting, h.profile(), h.settings()))));
    }

    private static Optional<String> none() {
        return Optional.empty();
    }
}
