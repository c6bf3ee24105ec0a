package dev.rollscope.model.importing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an import did with every directive or field of its files, in file order. */
public record ImportReport(List<ReportLine> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public List<ReportLine> of(ReportLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).collect(Collectors.toList());
    }

    /** True when something was not understood or two files disagree: the user should look. */
    public boolean needsAttention() {
        return !of(ReportLine.Kind.NOT_UNDERSTOOD).isEmpty() || !of(ReportLine.Kind.CONFLICT).isEmpty();
    }

    /** One formatted line per entry, then a count per kind, in English. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /** One formatted line per entry, then a count per kind, in the given language. */
    public String format(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (ReportLine l : lines) {
            sb.append(l.format(locale)).append('\n');
        }
        sb.append(ReportText.of("report.counts", of(ReportLine.Kind.APPLIED).size(),
                of(ReportLine.Kind.IRRELEVANT).size(), of(ReportLine.Kind.NOT_UNDERSTOOD).size(),
                of(ReportLine.Kind.CONFLICT).size()).render(locale)).append(System.lineSeparator());
        return sb.toString();
    }
}
