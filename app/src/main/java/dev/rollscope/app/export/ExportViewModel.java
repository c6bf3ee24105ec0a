package dev.rollscope.app.export;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.export.svg.ChainSvg;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog's state and commands: which scenario and request (null for the whole
 * scenario), the diagram options, and the Mermaid preview they give. Each scenario is simulated
 * once, with its full trace; any change recomputes the preview. Saving writes the preview (.mmd),
 * the Markdown report (.md) or the chain's SVG, all in the chosen language.
 */
public final class ExportViewModel {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private final Project project;
    private final Path projectFile;
    /** The language the dialog speaks (the export's own language can be changed). */
    private final Locale shown;
    private final Map<String, SimulationResult> simulations = new HashMap<>();

    // Properties
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ObservableList<String> requests = FXCollections.observableArrayList();
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<String> request = new SimpleObjectProperty<>(this, "request");
    private final BooleanProperty showLoadBalancers = new SimpleBooleanProperty(this, "showLoadBalancers");
    private final BooleanProperty autonumber = new SimpleBooleanProperty(this, "autonumber", true);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Locale.ENGLISH);
    private final ObjectProperty<ExportOptions.Detail> detail =
            new SimpleObjectProperty<>(this, "detail", ExportOptions.Detail.ESSENTIAL);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param scenarioName the scenario to start with, or null for the first
     * @param requestId    the request to start with, or null for the whole scenario
     */
    public ExportViewModel(Project project, String scenarioName, String requestId, Locale locale) {
        this(project, null, scenarioName, requestId, locale);
    }

    /**
     * @param projectFile  the file the project is saved in, or null when it has none: exports are
     *                     offered next to it and named after it
     * @param scenarioName the scenario to start with, or null for the first
     * @param requestId    the request to start with, or null for the whole scenario
     */
    public ExportViewModel(Project project, Path projectFile, String scenarioName, String requestId, Locale locale) {
        this.project = project;
        this.projectFile = projectFile;
        this.shown = locale;
        project.scenarios().forEach(s -> scenarios.add(s.name()));
        language.set(locale);
        scenario.addListener((o, a, b) -> scenarioChanged());
        scenario.set(scenarioName != null && scenarios.contains(scenarioName) ? scenarioName
                : scenarios.isEmpty() ? null : scenarios.get(0));
        request.set(requestId != null && requests.contains(requestId) ? requestId : null);
        request.addListener((o, a, b) -> refresh());
        showLoadBalancers.addListener((o, a, b) -> refresh());
        autonumber.addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        detail.addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * The name to offer for a saved export: {@code <file>-<scenario>-<request>.<extension>}, the
     * request left out for the whole scenario, {@code <file>} the project file's name without its
     * extension (the topology's name when the project has no file yet); each part with the
     * characters a file name should not hold replaced by {@code -}.
     */
    public String fileName(String extension) {
        String base = projectFile == null ? project.topology().name()
                : projectFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        StringBuilder name = new StringBuilder(safe(base));
        if (scenario.get() != null) {
            name.append('-').append(safe(scenario.get()));
        }
        if (request.get() != null) {
            name.append('-').append(safe(request.get()));
        }
        return name + "." + extension;
    }

    /** The folder of the project file, or null when it has none. */
    public Path folder() {
        return projectFile == null ? null : projectFile.toAbsolutePath().getParent();
    }

    private static String safe(String part) {
        String s = UNSAFE.matcher(part).replaceAll("-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "export" : s;
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    /** The ids of the selected scenario's requests (its traffic mix's included). */
    public ObservableList<String> requests() {
        return requests;
    }

    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    /** The request to draw, or null for the whole scenario. */
    public ObjectProperty<String> requestProperty() {
        return request;
    }

    public BooleanProperty showLoadBalancersProperty() {
        return showLoadBalancers;
    }

    public BooleanProperty autonumberProperty() {
        return autonumber;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<ExportOptions.Detail> detailProperty() {
        return detail;
    }

    /** The Mermaid text of the selection, or empty when it cannot be exported (see {@link #problemProperty()}). */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no preview (no scenario, a simulation past its limit), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    public void saveMermaid(Path file) throws IOException {
        Files.writeString(file, preview.get(), StandardCharsets.UTF_8);
    }

    /** Writes the Markdown report of the selected scenario. */
    public void saveReport(Path file) throws IOException {
        Files.writeString(file, Exports.report(result(), options()), StandardCharsets.UTF_8);
    }

    /** Writes the chain as SVG, drawn from the model. */
    public void saveSvg(Path file) throws IOException {
        Files.writeString(file, ChainSvg.of(project.topology(), language.get()), StandardCharsets.UTF_8);
    }

    private void scenarioChanged() {
        String keep = request.get();
        requests.clear();
        SimulationResult r = scenario.get() == null ? null : simulate(scenario.get());
        if (r != null) {
            r.requests().stream().map(RequestSpec::id).forEach(requests::add);
        }
        request.set(requests.contains(keep) ? keep : null);
        refresh();
    }

    private SimulationResult simulate(String name) {
        try {
            problem.set("");
            return simulations.computeIfAbsent(name, n -> Exports.simulate(project, n));
        } catch (SimulationLimitException e) {
            problem.set(e.message(shown));
            return null;
        }
    }

    private void refresh() {
        SimulationResult r = scenario.get() == null ? null : simulate(scenario.get());
        preview.set(r == null ? "" : Exports.mermaid(r, request.get(), options()));
    }

    private SimulationResult result() {
        SimulationResult r = simulate(scenario.get());
        if (r == null) {
            throw new IllegalStateException(problem.get());
        }
        return r;
    }

    ExportOptions options() {
        return new ExportOptions(showLoadBalancers.get(), autonumber.get(), language.get(), detail.get());
    }
}
