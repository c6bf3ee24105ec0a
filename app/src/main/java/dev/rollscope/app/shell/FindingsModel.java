package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.plan.PlanConfigChanges;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings panel's view model: the lines of the newest {@link LiveAnalysis} (failed requests
 * first, then the checks' findings worst first, then the requests that survived, at most
 * {@link #MAX_ROWS}), the badges they put on the canvas's hops, and opening a line, which selects
 * its hop and setting in the document.
 */
public final class FindingsModel {

    public static final int MAX_ROWS = 1000;

    private final Document document;
    private final Messages messages;
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HopFinding> badges = FXCollections.observableArrayList();
    private final ObservableList<FindingRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<HopFinding> readOnlyBadges = FXCollections.unmodifiableObservableList(badges);
    private final BooleanProperty hidden = new SimpleBooleanProperty(this, "hidden");
    private LiveAnalysis latest = LiveAnalysis.none();

    public FindingsModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        hidden.addListener((obs, old, now) -> show(latest));
    }

    /**
     * True while the answers are hidden (a lesson's question is asked on the Play tab): no line and
     * no badge until it turns false, when the newest run's show again.
     */
    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    /** The panel's lines. */
    public ObservableList<FindingRow> rows() {
        return readOnlyRows;
    }

    /** One badge entry per failed request and per finding, on the hop it names. */
    public ObservableList<HopFinding> badges() {
        return readOnlyBadges;
    }

    /**
     * Shows a run's verdicts and findings. Only the lines shown are written out, so a run with many
     * failed requests costs no more than {@link #MAX_ROWS} explanations: the failed requests beyond
     * them are counted on their hop's badge as one line.
     */
    public void show(LiveAnalysis analysis) {
        latest = analysis;
        if (hidden.get()) {
            rows.clear();
            badges.clear();
            return;
        }
        List<FindingRow> all = new ArrayList<>();
        Map<String, Integer> unlisted = new LinkedHashMap<>();
        SimulationResult result = analysis.result();
        List<Outcome> outcomes = result == null ? List.of() : result.outcomes();
        for (Outcome o : outcomes) {
            if (o.ok()) {
                continue;
            }
            if (all.size() < MAX_ROWS) {
                all.add(row(result, o));
            } else {
                unlisted.merge(hopOf(o.failure()), 1, Integer::sum);
            }
        }
        List<HopFinding> marks = new ArrayList<>();
        all.forEach(r -> marks.add(new HopFinding(r.hopId(), r.severity(), r.subject() + ": " + r.message())));
        unlisted.forEach((hop, n) -> marks.add(new HopFinding(hop, Severity.ERROR,
                messages.format("findings.moreFailed", n, MAX_ROWS), n)));
        for (Finding f : analysis.findings()) {
            FindingRow r = row(f);
            marks.add(new HopFinding(r.hopId(), r.severity(), r.subject() + ": " + r.message()));
            if (all.size() < MAX_ROWS) {
                all.add(r);
            }
        }
        for (int i = 0; i < outcomes.size() && all.size() < MAX_ROWS; i++) {
            if (outcomes.get(i).ok()) {
                all.add(row(result, outcomes.get(i)));
            }
        }
        rows.setAll(all);
        badges.setAll(marks.stream().filter(m -> !m.hopId().isEmpty()).toList());
    }

    /** Selects the line's hop, and its setting in the inspector. */
    public void open(FindingRow row) {
        if (row.hopId().isEmpty()) {
            return;
        }
        document.select(row.hopId());
        SettingCatalog.byId(row.settingId()).ifPresent(document.selectedSettingProperty()::set);
    }

    /**
     * A finding's fixes as changes to the user's configuration (a diff of an imported file, an nginx
     * directive, a YAML patch, a gcloud command), one after the other, to copy; "" when it has none.
     * A failed request's changes are its fix plan's, proven first (Fix plan…).
     */
    public String configText(FindingRow row) {
        return PlanConfigChanges.text(PlanConfigChanges.of(row.fixes(), document.project().topology(),
                document.provenance(), messages));
    }

    private FindingRow row(SimulationResult result, Outcome o) {
        String subject = o.requestId() + " · " + result.requests().get(o.request()).method();
        if (o.ok()) {
            return new FindingRow(Severity.INFO, true, messages.labels().verdict(true), subject, "", "", "",
                    messages.format("findings.okMessage", o.statusText(), seconds(o.end() - o.start())), "", "",
                    o.requestId(), List.of());
        }
        Failure f = o.failure();
        Explanation x = Explanation.of(f, locale());
        SettingRef ref = f.settings().isEmpty() ? null : f.settings().get(0);
        return new FindingRow(Severity.ERROR, false, o.statusText(), subject, hopOf(f),
                ref == null ? "" : ref.setting(), settingText(ref), x.summary(), messages.get("findings.fixPlanHint"),
                messages.format("findings.detail", x.why(), x.inequality()), o.requestId(), List.of());
    }

    /** The hop a failed request's line names: its first responsible setting's, else where it failed. */
    private static String hopOf(Failure f) {
        return f.settings().isEmpty() ? f.hop() : f.settings().get(0).hop();
    }

    private FindingRow row(Finding f) {
        SettingRef ref = f.settings().stream().filter(r -> r.hop().equals(f.hop())).findFirst()
                .orElse(f.settings().isEmpty() ? null : f.settings().get(0));
        return new FindingRow(f.severity(), false, messages.name(f.severity()), f.check(), ref == null ? f.hop() : ref.hop(),
                ref == null ? "" : ref.setting(), settingText(ref), f.message(locale()), f.fixText(locale()), "", "",
                f.fixes());
    }

    private String settingText(SettingRef ref) {
        if (ref == null) {
            return "";
        }
        String label = SettingCatalog.byId(ref.setting()).<String>map(messages::label).orElse(ref.setting());
        return messages.format("findings.setting", ref.hop(), label, ref.value());
    }

    private Locale locale() {
        return messages.locale();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
