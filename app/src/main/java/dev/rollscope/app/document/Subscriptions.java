package dev.rollscope.app.document;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners that the views of one language put on what outlives them (the document, the
 * selection, the simulations, the scenario choice, the recent files): recorded as they are added and
 * all removed by {@link #close()} when the window's views are built anew in another language, so
 * that the old views neither react to later edits nor stay reachable. A view adds a listener to
 * something it owns itself directly; to something long-lived, through its {@link Editor}'s
 * subscriptions.
 */
public final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void onChange(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    /** Removes every listener added so far. */
    public void close() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
