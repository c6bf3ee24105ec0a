package dev.rollscope.model.importing;

/**
 * The provenance of one imported value: which hop setting (or {@code replicas}) it set, from which
 * kind of configuration, and where in that file, under which real name.
 */
public record ImportedSetting(String hop, String target, ConfigKind kind, Origin origin) {
}
