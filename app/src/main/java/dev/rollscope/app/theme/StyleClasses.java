package dev.rollscope.app.theme;

import dev.rollscope.model.analysis.Severity;
import javafx.css.PseudoClass;

/** The style-class names of Rollscope's stylesheet ({@code rollscope.css}), one constant each. */
public final class StyleClasses {

    public static final String ICON = "rs-icon";
    public static final String MUTED = "rs-muted";
    public static final String HEADING = "rs-heading";

    public static final String PALETTE = "rs-palette";
    public static final String PALETTE_ITEM = "rs-palette-item";

    public static final String CANVAS = "rs-canvas";
    public static final String CANVAS_TOOLS = "rs-canvas-tools";
    public static final String CLIENT = "rs-client";
    public static final String FRONT = "rs-front";
    public static final String HOP = "rs-hop";
    public static final String HOP_ID = "rs-hop-id";
    public static final String CONNECTOR = "rs-connector";
    public static final String CONNECTOR_HEAD = "rs-connector-head";
    public static final String INSTANCE_OLD = "rs-instance-old";
    public static final String INSTANCE_NEW = "rs-instance-new";
    public static final String BADGE = "rs-badge";
    public static final String INSERT_MARKER = "rs-insert-marker";
    public static final String NOTICE = "rs-notice";
    public static final String LEGEND = "rs-legend";

    public static final String INSPECTOR = "rs-inspector";
    public static final String EDITOR_ROW = "rs-editor-row";
    public static final String UNIT = "rs-unit";
    public static final String RESET = "rs-reset";
    /** A text field that shares its row with another ("60MB for 75s"): less padding, so the text keeps its room. */
    public static final String PAIRED_FIELD = "rs-paired-field";
    /** Why a field's text is refused, under the field and in the status bar. */
    public static final String REFUSAL = "rs-refusal";

    public static final String TOOLBAR = "rs-toolbar";
    public static final String FINDINGS = "rs-findings";
    public static final String VERDICT = "rs-verdict";
    public static final String STATUS = "rs-status";
    public static final String SIMULATION_STATUS = "rs-simulation-status";
    public static final String CENTRE_TABS = "rs-centre-tabs";

    /** On a hop node while it is selected. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** On an inspector editor row whose value differs from the default. */
    public static final PseudoClass MODIFIED = PseudoClass.getPseudoClass("modified");
    /** On a badge, by the worst severity it shows. */
    public static final PseudoClass INFO = PseudoClass.getPseudoClass("info");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** On a verdict, or the simulation status, when every request survived. */
    public static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    /** On the simulation status while a simulation runs. */
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    private StyleClasses() {
    }

    /** The pseudo-class that colours something by a severity. */
    public static PseudoClass of(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
