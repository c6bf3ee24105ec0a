package dev.rollscope.app.shell;

import dev.rollscope.app.canvas.HopFinding;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingRef;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public FindingsModel(Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    /** The panel's lines. */
    public ObservableList<FindingRow> rows() {
        return readOnlyRows;
    }

    /** One badge entry per failed request and per finding, on the hop it names. */
    public ObservableList<HopFinding> badges() {
        return readOnlyBadges;
    }

    /** Shows a run's verdicts and findings. */
    public void show(LiveAnalysis analysis) {
        List<FindingRow> failed = new ArrayList<>();
        List<FindingRow> passed = new ArrayList<>();
        SimulationResult result = analysis.result();
        if (result != null) {
            for (Outcome o : result.outcomes()) {
                (o.ok() ? passed : failed).add(row(result, o));
            }
        }
        List<FindingRow> all = new ArrayList<>(failed);
        analysis.findings().forEach(f -> all.add(row(f)));
        all.addAll(passed);
        rows.setAll(all.subList(0, Math.min(MAX_ROWS, all.size())));
        badges.setAll(all.stream().filter(r -> !r.ok() && !r.hopId().isEmpty())
                .map(r -> new HopFinding(r.hopId(), r.severity(), r.subject() + ": " + r.message())).toList());
    }

    /** Selects the line's hop, and its setting in the inspector. */
    public void open(FindingRow row) {
        if (row.hopId().isEmpty()) {
            return;
        }
        document.select(row.hopId());
        SettingCatalog.byId(row.settingId()).ifPresent(document.selectedSettingProperty()::set);
    }

    private FindingRow row(SimulationResult result, Outcome o) {
        String subject = o.requestId() + " · " + result.requests().get(o.request()).method();
        if (o.ok()) {
            return new FindingRow(Severity.INFO, true, messages.labels().verdict(true), subject, "", "", "",
                    messages.format("findings.okMessage", o.statusText(), seconds(o.end() - o.start())), "", "",
                    o.requestId());
        }
        Failure f = o.failure();
        Explanation x = Explanation.of(f, locale());
        SettingRef ref = f.settings().isEmpty() ? null : f.settings().get(0);
        return new FindingRow(Severity.ERROR, false, o.statusText(), subject, ref == null ? f.hop() : ref.hop(),
                ref == null ? "" : ref.setting(), settingText(ref), x.summary(), messages.get("findings.fixPlanHint"),
                messages.format("findings.detail", x.why(), x.inequality()), o.requestId());
    }

    private FindingRow row(Finding f) {
        SettingRef ref = f.settings().stream().filter(r -> r.hop().equals(f.hop())).findFirst()
                .orElse(f.settings().isEmpty() ? null : f.settings().get(0));
        return new FindingRow(f.severity(), false, messages.name(f.severity()), f.check(), ref == null ? f.hop() : ref.hop(),
                ref == null ? "" : ref.setting(), settingText(ref), f.message(locale()), f.fixText(locale()), "", "");
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
