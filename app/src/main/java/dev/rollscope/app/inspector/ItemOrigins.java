package dev.rollscope.app.inspector;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.importing.ImportedSetting;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.fix.Spellings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * What the inspector knows of a row beyond its value: where an imported value came from (the
 * document's provenance: file, line and the value's name there), and the names the row's setting
 * has in the hop's configuration files ({@link Spellings}), so that searching for
 * {@code client_max_body_size} finds the row, imported or not.
 */
final class ItemOrigins {

    private final Document document;

    ItemOrigins(Document document) {
        this.document = document;
    }

    /** Where the row's value of hop {@code hopId} was imported from, following undo and redo; null when it was not. */
    ObjectBinding<Origin> origin(String hopId, ItemModel item) {
        return Bindings.createObjectBinding(() -> find(hopId, item).orElse(null),
                document.provenance().provenanceProperty());
    }

    /** True when the row's label, id, a name of its setting in the files of {@code hopId} or its imported name contains {@code query}. */
    boolean matches(String hopId, ItemModel item, String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        List<String> names = new ArrayList<>(List.of(item.text().label(), item.id()));
        Optional<Hop> hop = hopId == null ? Optional.empty() : document.project().topology().hop(hopId);
        SettingCatalog.byId(item.id()).ifPresent(s -> hop.ifPresent(h -> names.addAll(Spellings.of(s, h))));
        find(hopId, item).ifPresent(o -> names.add(o.name()));
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(q));
    }

    private Optional<Origin> find(String hopId, ItemModel item) {
        if (hopId == null) {
            return Optional.empty();
        }
        String target = item.id().equals(HopFields.REPLICAS.id()) ? "replicas" : item.id();
        return document.provenance().get().of(hopId, target).map(ImportedSetting::origin);
    }
}
