package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.inspector.ItemText.EditorKind;
import dev.rollscope.model.sim.engine.SimulatedSettings;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.DefaultsTable.Row;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link ItemText} of every inspector row from the app's and the model's bundles. */
final class ItemTexts {

    private final Messages messages;

    ItemTexts(Messages messages) {
        this.messages = messages;
    }

    /** A setting's row; one the simulation does not read on this hop says "not simulated" in its name and meaning. */
    ItemText forSetting(Setting<?> setting, HopProfile profile) {
        String unit = unitKey(setting.type());
        String source = DefaultsTable.rowFor(setting, profile).map(Row::source).orElse(null);
        boolean simulated = SimulatedSettings.simulated(setting, profile);
        String label = simulated ? messages.label(setting)
                : messages.format("inspector.notSimulated.label", messages.label(setting));
        String meaning = simulated ? messages.meaning(setting)
                : messages.format("inspector.notSimulated.meaning", messages.meaning(setting));
        return new ItemText(messages.name(setting.group()), label, meaning,
                messages.get("unit." + unit), messages.get("hint." + unit), source, editorKind(setting.type()),
                choices(setting.type()), choiceNames(setting.type()));
    }

    /** The row of one of the hop's own fields ({@code name}, {@code kind}, ...). */
    ItemText forHop(HopField field) {
        String key = field.id();
        Class<?> choiceType = choiceType(key);
        String unit = choiceType != null ? "choice" : key.equals(HopFields.REPLICAS.id()) ? "count" : "text";
        EditorKind kind = choiceType != null ? EditorKind.CHOICE : EditorKind.TEXT;
        String unitText = unit.equals("text") ? "" : messages.get("unit." + unit);
        return new ItemText(messages.get("hop.category"), messages.get(key), messages.get(key + ".meaning"),
                unitText, messages.get("hint." + unit), null, kind, choices(choiceType),
                choiceNames(choiceType));
    }

    /** The row of a field of the client or the network. */
    ItemText forTopology(TopologyField field) {
        return new ItemText(messages.get("client.category"), messages.get(field.id()),
                messages.get(field.id() + ".meaning"), messages.get("unit.bandwidth"), messages.get("hint.bandwidth"),
                messages.get("client.source"), EditorKind.TEXT, List.of(), Function.identity());
    }

    private static Class<?> choiceType(String hopFieldId) {
        switch (hopFieldId) {
            case "hop.kind": return HopKind.class;
            case "hop.platform": return Platform.class;
            case "hop.front": return FrontKind.class;
            default: return null;
        }
    }

    private static String unitKey(ValueType<?> type) {
        if (type == ValueType.TIME) {
            return "time";
        } else if (type == ValueType.SIZE) {
            return "size";
        } else if (type == ValueType.BANDWIDTH) {
            return "bandwidth";
        } else if (type == ValueType.SCALE) {
            return "scale";
        } else if (type == ValueType.COUNT) {
            return "count";
        }
        return type == ValueType.FLAG ? "flag" : "choice";
    }

    private static EditorKind editorKind(ValueType<?> type) {
        if (type == ValueType.FLAG) {
            return EditorKind.FLAG;
        }
        return type.javaType().isEnum() ? EditorKind.CHOICE : EditorKind.TEXT;
    }

    private static List<String> choices(ValueType<?> type) {
        return choices(type.javaType().isEnum() ? type.javaType() : null);
    }

    private static List<String> choices(Class<?> enumType) {
        if (enumType == null) {
            return List.of();
        }
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
    }

    private Function<String, String> choiceNames(ValueType<?> type) {
        return choiceNames(type.javaType().isEnum() ? type.javaType() : null);
    }

    private Function<String, String> choiceNames(Class<?> enumType) {
        if (enumType == null) {
            return Function.identity();
        }
        return name -> Arrays.stream(enumType.getEnumConstants()).map(c -> (Enum<?>) c)
                .filter(c -> c.name().equals(name)).findFirst().map(messages::name).orElse(name);
    }
}
