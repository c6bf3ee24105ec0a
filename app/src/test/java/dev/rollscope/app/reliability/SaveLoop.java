package dev.rollscope.app.reliability;

import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link KillNineHarness}: saves the project over and over, each time a new
 * version (its name says which, {@code "version 17"}), and autosaves it to a {@link RecoveryStore}
 * every {@code interval} ms, printing {@code autosaved K START_MILLIS} after each autosave is
 * complete. It runs until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** The project of version {@code k}: an example, renamed, with a description of about 1 MB. */
    static Project version(Project base, int k) {
        var t = base.topology();
        var topology = new dev.rollscope.model.topology.Topology("version " + k, ("edit " + k + " ").repeat(100_000),
                t.client(), t.network(), t.hops(), t.layout());
        return new Project(topology, base.scenarios());
    }

    /** @param args the folder, the autosave interval in ms, the example file */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long interval = Long.parseLong(args[1]);
        Project base = ProjectFile.read(Path.of(args[2]));
        Path file = dir.resolve("project.json");
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        long nextAutosave = System.currentTimeMillis() + interval;
        System.out.println("started");
        for (int k = 1;; k++) {
            Project p = version(base, k);
            ProjectFile.write(p, file);
            long now = System.currentTimeMillis();
            if (now >= nextAutosave) {
                store.write(p, file, "project.json");
                System.out.println("autosaved " + k + " " + now);
                nextAutosave = now + interval;
            }
            if (!Files.exists(file)) {
                throw new IllegalStateException("lost " + file);
            }
        }
    }
}
