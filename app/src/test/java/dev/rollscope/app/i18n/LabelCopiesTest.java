package dev.rollscope.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.i18n.Labels;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The names of the model's constants have one copy, the model's {@link Labels} bundle: no other
 * bundle of the model or the app names a constant it names, under any of the keys the bundles used
 * before ({@code cause.X}, {@code Cause.X}, {@code enum.HopKind.X}, {@code kind.X},
 * {@code front.short.X}, {@code svg.platform.X}, ...).
 */
class LabelCopiesTest {

    private static final List<Path> RESOURCES = List.of(Path.of("src/main/resources"),
            Path.of("../model/src/main/resources"));
    /** Lower-case words the bundles used for an enum besides its own name. */
    private static final Map<String, String> ALIASES = Map.of("HopKind", "kind", "FrontKind", "front");

    @Test
    void noOtherBundleCarriesANameOfTheLabels() throws IOException {
        Map<String, Set<String>> constantsByEnum = labelled();
        List<Path> bundles = bundles();
        List<String> copies = new ArrayList<>();

        for (Path bundle : bundles) {
            for (String key : load(bundle).stringPropertyNames()) {
                if (namesALabelledConstant(key, constantsByEnum)) {
                    copies.add(bundle + ": " + key);
                }
            }
        }

        assertThat(bundles).as("bundles scanned").hasSizeGreaterThan(10);
        assertThat(copies).isEmpty();
    }

    @Test
    void noOtherBundleCarriesTheVerdictWords() throws IOException {
        List<String> copies = new ArrayList<>();

        for (Path bundle : bundles()) {
            Properties labels = load(labelsFile(bundle.getFileName().toString().contains("_zh_CN") ? "_zh_CN" : ""));
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String last = key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
                if ((last.equals("OK") || last.equals("FAILED"))
                        && texts.getProperty(key).equals(labels.getProperty("Verdict." + last))) {
                    copies.add(bundle + ": " + key);
                }
            }
        }

        assertThat(copies).isEmpty();
    }

    @Test
    void theOldKeysAreRecognisedAsCopies() throws IOException {
        Map<String, Set<String>> labelled = labelled();

        assertThat(List.of("cause.DRAIN_ENDED", "Cause.DRAIN_ENDED", "enum.HopKind.KONG", "kind.KONG",
                "front.short.K8S_SERVICE", "svg.platform.GCE_MIG", "severity.ERROR", "InstanceState.READY"))
                .allMatch(k -> namesALabelledConstant(k, labelled));
        assertThat(List.of("cause.DRAIN_ENDED.summary", "instance.DRAIN_ENDED", "timeline.controller.GCE_MIG",
                "front.drainTimeout.label", "Link.CUT")).noneMatch(k -> namesALabelledConstant(k, labelled));
    }

    /** The key's last word (before a final "short") is a constant, and an earlier word names its enum. */
    private static boolean namesALabelledConstant(String key, Map<String, Set<String>> constantsByEnum) {
        List<String> words = new ArrayList<>(Arrays.asList(key.split("\\.")));
        if (words.size() > 2 && words.get(words.size() - 1).equals("short")) {
            words.remove(words.size() - 1);
        }
        String constant = words.get(words.size() - 1);
        List<String> before = words.subList(0, words.size() - 1);
        for (Map.Entry<String, Set<String>> e : constantsByEnum.entrySet()) {
            String type = e.getKey();
            if (e.getValue().contains(constant) && (before.contains(type)
                    || before.contains(type.toLowerCase()) || before.contains(ALIASES.get(type)))) {
                return true;
            }
        }
        return false;
    }

    /** The enums the labels bundle names, with their constants, read from its keys. */
    private static Map<String, Set<String>> labelled() throws IOException {
        Map<String, Set<String>> byEnum = new HashMap<>();
        for (String key : load(labelsFile("")).stringPropertyNames()) {
            String[] words = key.split("\\.");
            byEnum.computeIfAbsent(words[0], k -> new HashSet<>()).add(words[1]);
        }
        assertThat(byEnum).containsKeys("Cause", "Severity", "HopKind", "Platform", "FrontKind", "InstanceState");
        return byEnum;
    }

    private static Path labelsFile(String suffix) {
        return Path.of("../model/src/main/resources", Labels.BUNDLE.replace('.', '/') + suffix + ".properties");
    }

    private static List<Path> bundles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : RESOURCES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".properties"))
                        .filter(p -> !p.getFileName().toString().startsWith("labels"))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
