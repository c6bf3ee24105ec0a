package dev.rollscope.app.canvas;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.EditRefusedException;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The canvas's view model: the document it draws, the findings and instance versions it shows
 * as inputs from elsewhere, the viewport, and the chain edits the canvas offers. An edit the
 * chain refuses leaves the document as it was and puts the reason in {@link #noticeProperty()}.
 */
public final class CanvasModel {

    private final Editor editor;
    private final ObservableList<HopFinding> findings = FXCollections.observableArrayList();
    private final ObservableMap<String, InstanceMix> instanceMixes = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Viewport viewport = new Viewport();

    public CanvasModel(Editor editor) {
        this.editor = editor;
    }

    // Properties

    /** The listeners the canvas's views put on the document (see {@link Editor#subscriptions()}). */
    public Subscriptions subscriptions() {
        return editor.subscriptions();
    }

    public Document document() {
        return editor.document();
    }

    public Messages messages() {
        return editor.messages();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Findings per hop, to be replaced by the analysis; a hop's badge shows the worst of its own. */
    public ObservableList<HopFinding> findings() {
        return findings;
    }

    /** Old/new instance counts per hop id, to be set by a rollout's playback. */
    public ObservableMap<String, InstanceMix> instanceMixes() {
        return instanceMixes;
    }

    /** Why the last canvas edit was refused, or "" after one that worked. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public List<HopFinding> findingsOf(String hopId) {
        // Severity's constants are declared worst first.
        return findings.stream().filter(f -> f.hopId().equals(hopId))
                .sorted(Comparator.comparing(HopFinding::severity)).collect(Collectors.toList());
    }

    public InstanceMix mixOf(Hop hop) {
        return instanceMixes.getOrDefault(hop.id(), InstanceMix.allOld(hop.replicas()));
    }

    // Commands

    public boolean insert(int index, HopKind kind) {
        return attempt(() -> editor.insertHop(index, kind));
    }

    /** Inserts after the selected hop, or before the application when it or nothing is selected. */
    public boolean insertNearSelection(HopKind kind) {
        Topology t = topology();
        int selected = selectedIndex();
        int index = selected >= 0 && selected < t.hops().size() - 1 ? selected + 1 : t.hops().size() - 1;
        return insert(index, kind);
    }

    public boolean deleteSelected() {
        return selectedId().map(id -> attempt(() -> editor.deleteHop(id))).orElse(false);
    }

    /** Moves the selected hop {@code delta} places along the chain. */
    public boolean moveSelected(int delta) {
        int i = selectedIndex();
        int target = i + delta;
        if (i < 0 || target < 0 || target >= topology().hops().size()) {
            return false;
        }
        return reorder(topology().hops().get(i).id(), target);
    }

    public boolean reorder(String hopId, int newIndex) {
        return attempt(() -> editor.reorderHop(hopId, newIndex));
    }

    public boolean place(String hopId, Position position) {
        return attempt(() -> editor.placeHop(hopId, position));
    }

    /** Selects the hop {@code delta} places from the selection (the first hop when none is selected). */
    public void selectNeighbour(int delta) {
        List<Hop> hops = topology().hops();
        int i = selectedIndex();
        int next = i < 0 ? 0 : Math.max(0, Math.min(hops.size() - 1, i + delta));
        document().select(hops.get(next).id());
    }

    public void undo() {
        if (document().commands().canUndoProperty().get()) {
            document().commands().undo();
        }
    }

    public void redo() {
        if (document().commands().canRedoProperty().get()) {
            document().commands().redo();
        }
    }

    private Topology topology() {
        return document().project().topology();
    }

    private Optional<String> selectedId() {
        return document().selectedHop().map(Hop::id);
    }

    private int selectedIndex() {
        return selectedId().map(topology()::indexOf).orElse(-1);
    }

    private boolean attempt(Runnable edit) {
        try {
            edit.run();
            notice.set("");
            return true;
        } catch (EditRefusedException e) {
            notice.set(e.message(messages()));
        } catch (IllegalArgumentException e) {
            notice.set(messages().format("refuse.prefix", messages().reason(e)));
        }
        return false;
    }
}
