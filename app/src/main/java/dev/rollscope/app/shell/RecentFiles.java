package dev.rollscope.app.shell;

import dev.rollscope.app.preferences.UserPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened or saved lately, most recent first, at most {@link #MAX}, without repeats;
 * kept in the user's preferences so the next session lists them too, and told to whoever else
 * keeps such a list ({@link #alsoTell}: the desktop's).
 */
public final class RecentFiles {

    public static final int MAX = 8;

    private final UserPreferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);
    private Consumer<Path> elsewhere = file -> { };

    public RecentFiles(UserPreferences preferences) {
        this.preferences = preferences;
        for (String f : preferences.recentFiles()) {
            Path p = Path.of(f).toAbsolutePath().normalize();
            if (!files.contains(p) && files.size() < MAX) {
                files.add(p);
            }
        }
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    /** From now on, also tells {@code other} each file put first. */
    public void alsoTell(Consumer<Path> other) {
        elsewhere = other;
    }

    /** Puts a file first. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        elsewhere.accept(p);
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        store(next.subList(0, Math.min(MAX, next.size())));
    }

    /** Forgets a file (it could not be opened). */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        next.remove(file.toAbsolutePath().normalize());
        store(next);
    }

    private void store(List<Path> next) {
        List<Path> copy = List.copyOf(next);
        files.setAll(copy);
        preferences.setRecentFiles(copy.stream().map(Path::toString).toList());
    }
}
