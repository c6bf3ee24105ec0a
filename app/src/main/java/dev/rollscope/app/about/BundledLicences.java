package dev.rollscope.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The libraries the jar bundles, each with its licence, as the build wrote them from their POMs
 * (license-maven-plugin in app/pom.xml) into {@value #RESOURCE}: one line per library,
 * {@code (licence) name (group:artifact:version - url)}. Nothing here is kept by hand.
 */
public final class BundledLicences {

    static final String RESOURCE = "/dev/rollscope/app/about/third-party.txt";

    private BundledLicences() {
    }

    /** One line per bundled library; empty when the build did not write the list (a run from the sources). */
    public static List<String> lines() {
        try (InputStream in = BundledLicences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.startsWith("(")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
