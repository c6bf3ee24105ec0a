package dev.rollscope.app.inspector;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.SettingGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's view model: one {@link ItemModel} per field of the selected hop (its name,
 * kind, platform, front and replicas, then every setting it has, in catalog order), or of the
 * client and network when the client is selected. The rows are
 * rebuilt when another hop is selected or the hop's profile changes its set of settings;
 * otherwise they refresh in place, so an editor keeps its focus across an edit.
 */
public final class InspectorModel {

    /** What {@code shownHopId} holds while the client's rows are shown (not a valid hop id). */
    private static final String CLIENT = " client";
    private static final List<HopField> HOP_FIELDS =
            List.of(HopFields.NAME, HopFields.KIND, HopFields.PLATFORM, HopFields.FRONT, HopFields.REPLICAS);

    private final Editor editor;
    private final ItemTexts texts;
    private final ItemOrigins origins;
    private final ObservableList<ItemModel> items = FXCollections.observableArrayList();
    private final ObservableList<ItemModel> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<ItemModel> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private ItemModel refused;
    private String shownHopId;
    private HopProfile shownProfile;

    public InspectorModel(Editor editor) {
        this.editor = editor;
        this.texts = new ItemTexts(editor.messages());
        this.origins = new ItemOrigins(editor.document());
        Document document = editor.document();
        Subscriptions subscriptions = editor.subscriptions();
        subscriptions.onChange(document.projectProperty(), (obs, old, now) -> refresh());
        subscriptions.onChange(document.selectedHopIdProperty(), (obs, old, now) -> refresh());
        subscriptions.onChange(document.clientSelectedProperty(), (obs, old, now) -> refresh());
        subscriptions.onChange(document.selectedSettingProperty(), (obs, old, now) -> showSelectedSetting());
        refresh();
    }

    // Properties

    /** The rows of the selected hop; empty when nothing is selected. */
    public ObservableList<ItemModel> items() {
        return readOnlyItems;
    }

    /** "A · nginx L7", or "" when nothing is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The row of the document's selected setting, or null. */
    public ReadOnlyObjectProperty<ItemModel> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** Why the text typed into a row is refused, as one line ("Upstream read timeout: ..."); null when none is. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public Optional<ItemModel> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The categories in the order the inspector shows them, in the user's language. */
    public List<String> categoryOrder() {
        Messages m = editor.messages();
        List<String> order = new ArrayList<>(List.of(m.get("client.category"), m.get("hop.category")));
        for (SettingGroup g : SettingGroup.values()) {
            order.add(m.name(g));
        }
        return order;
    }

    /** Where a row's value was imported from (file:line and its name there), or null; follows undo and redo. */
    public ObjectBinding<Origin> origin(ItemModel item) {
        return origins.origin(shownHopId, item);
    }

    /** True when a search finds the row: by its label or id, or by its setting's names in the hop's files. */
    public boolean matches(ItemModel item, String query) {
        return origins.matches(shownHopId, item, query);
    }

    // Commands

    /** Makes a row's setting the document's selected setting (nothing for the hop's own fields). */
    public void select(ItemModel item) {
        SettingCatalog.byId(item.id()).ifPresent(editor.document().selectedSettingProperty()::set);
    }

    private void showSelectedSetting() {
        Setting<?> s = editor.document().selectedSettingProperty().get();
        selectedItem.set(s == null ? null : item(s.id()).orElse(null));
    }

    private void refresh() {
        Document document = editor.document();
        Optional<Hop> selected = document.selectedHop();
        if (document.clientSelectedProperty().get()) {
            showClient();
        } else if (selected.isEmpty()) {
            show(null);
        } else if (selected.get().id().equals(shownHopId) && selected.get().profile().equals(shownProfile)) {
            items.forEach(i -> i.refresh(document.project()));
            heading.set(editor.messages().format("inspector.heading", shownHopId, selected.get().name()));
        } else {
            show(selected.get());
        }
        showSelectedSetting();
    }

    private void showClient() {
        if (!CLIENT.equals(shownHopId)) {
            shownHopId = CLIENT;
            shownProfile = null;
            List<ItemModel> rows = new ArrayList<>();
            for (TopologyField f : TopologyField.ALL) {
                rows.add(new ItemModel(editor, ItemBinding.of(f), texts.forTopology(f)));
            }
            showRows(rows);
        } else {
            items.forEach(i -> i.refresh(editor.document().project()));
        }
        heading.set(editor.messages().get("client.heading"));
    }

    private void show(Hop hop) {
        shownHopId = hop == null ? null : hop.id();
        shownProfile = hop == null ? null : hop.profile();
        if (hop == null) {
            heading.set("");
            showRows(List.of());
            return;
        }
        List<ItemModel> rows = new ArrayList<>();
        for (HopField f : HOP_FIELDS) {
            rows.add(new ItemModel(editor, ItemBinding.of(hop.id(), f), texts.forHop(f)));
        }
        for (Setting<?> s : hop.settings().keys()) {
            rows.add(new ItemModel(editor, ItemBinding.of(hop.id(), HopFields.of(s)), texts.forSetting(s,
                    hop.profile())));
        }
        showRows(rows);
        heading.set(editor.messages().format("inspector.heading", hop.id(), hop.name()));
    }

    private void showRows(List<ItemModel> rows) {
        refused = null;
        refusal.set(null);
        for (ItemModel row : rows) {
            row.errorProperty().addListener((obs, old, now) -> showRefusal(row, now));
        }
        items.setAll(rows);
    }

    private void showRefusal(ItemModel row, String why) {
        if (why != null) {
            refused = row;
            refusal.set(editor.messages().format("inspector.refusal", row.text().label(), why.replace('\n', ' ')));
        } else if (row == refused) {
            refused = null;
            refusal.set(null);
        }
    }
}
