package dev.rollscope.model.export.report;

import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.export.ExportTexts;
import java.util.List;

/** The static checks' findings, each with its fix. */
final class FindingsSection {

    private FindingsSection() {
    }

    static void write(Markdown md, ExportTexts t, List<Finding> findings) {
        md.heading(2, t.get("report.findings", String.valueOf(findings.size())));
        if (findings.isEmpty()) {
            md.paragraph(t.get("report.findings.none"));
            return;
        }
        StringBuilder list = new StringBuilder();
        for (Finding f : findings) {
            if (list.length() > 0) {
                list.append('\n');
            }
            list.append("- **").append(t.label(f.severity())).append("** ")
                    .append(Markdown.code(f.hop())).append(": ").append(Markdown.inline(f.message(t.locale())))
                    .append("<br>").append(t.get("report.fix")).append(' ').append(Markdown.inline(f.fixText(t.locale())));
        }
        md.raw(list.toString());
    }
}
