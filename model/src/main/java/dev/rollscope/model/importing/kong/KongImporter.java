package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.importing.tree.Trees;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Kong configuration for a KONG hop, telling the file kinds apart by content: a decK file
 * (YAML with {@code services}, {@code upstreams} or {@code _format_version}), the Kong Helm
 * chart's values (YAML with {@code env}, {@code replicaCount} or {@code ingressController}), or
 * {@code kong.conf} / a {@code KONG_*} environment file (anything else).
 */
public final class KongImporter {

    private KongImporter() {
    }

    public static void read(Path path, SourceFiles files, Hop hop, String name, Findings f) throws ImportException {
        String file = files.display(path);
        if (hop.kind() != HopKind.KONG) {
            throw ImportException.atFile(file, "kong.hopKind", hop.id(), hop.kind());
        }
        String text = files.read(path);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        int start = f.size();
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            List<Node> docs = Trees.yaml(text, file);
            if (docs.size() != 1 || docs.get(0).kind() != Node.Kind.MAP) {
                throw ImportException.at(new Origin(file, 1, ""), "kong.oneMapping", docs.size());
            }
            Node root = docs.get(0);
            if (DeckFile.looksLike(root)) {
                DeckFile.read(root, name, f);
            } else if (HelmValues.looksLike(root)) {
                HelmValues.read(root, f);
            } else {
                throw ImportException.at(new Origin(file, 1, ""), "kong.neither");
            }
            f.sortByLineFrom(start);
        } else {
            KongConf.read(text, file, f);
        }
    }
}
