package dev.rollscope.model.importing;

import dev.rollscope.model.Project;

/** A project with imported values applied, what the import did, and where each value came from. */
public record ImportResult(Project project, ImportReport report, Provenance provenance) {
}
