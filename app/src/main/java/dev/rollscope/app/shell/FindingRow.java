package dev.rollscope.app.shell;

import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.sim.SettingChange;
import java.util.List;

/**
 * One line of the findings panel, as display text: a request's verdict or a static check's finding.
 *
 * @param severity how bad: {@link Severity#ERROR} for a failed request, the finding's own for a
 *                 finding, {@link Severity#INFO} for a request that survived
 * @param ok       true for a request that survived
 * @param verdict  "OK", the status the client saw ("502", "reset"), or the finding's severity
 * @param subject  the request's id and method, or the check's id
 * @param hopId    the hop to select when the line is opened; "" for none
 * @param settingId the setting to select when the line is opened ({@code front.drainTimeout}); "" for none
 * @param setting  the setting responsible and its value, as the user reads it; "" for none
 * @param message  what happens, one sentence
 * @param fix      what to change; "" for none
 * @param detail   why, and the inequality broken, for the tooltip; "" for none
 * @param requestId the request of a verdict line; "" for a finding
 * @param fixes    a finding's fixes as setting changes, to copy as configuration; none for a verdict
 */
public record FindingRow(Severity severity, boolean ok, String verdict, String subject, String hopId,
                         String settingId, String setting, String message, String fix, String detail,
                         String requestId, List<SettingChange> fixes) {

    public FindingRow {
        fixes = List.copyOf(fixes);
    }

    /** True for the line of a request that failed: it can have a fix plan. */
    public boolean failedRequest() {
        return !ok && !requestId.isEmpty();
    }
}
