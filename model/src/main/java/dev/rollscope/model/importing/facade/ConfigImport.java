package dev.rollscope.model.importing.facade;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.HopImport;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.gcloud.GcloudImporter;
import dev.rollscope.model.importing.k8s.K8sImporter;
import dev.rollscope.model.importing.kong.KongImporter;
import dev.rollscope.model.importing.nginx.NginxImporter;
import dev.rollscope.model.topology.Hop;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports configuration files of one kind into one hop of a project: reads every file, then
 * applies what they set all at once ({@link HopImport}). The files' names in the report and the
 * provenance are relative to {@code files.base()}.
 */
public final class ConfigImport {

    /**
     * @param location nginx: the request path whose location applies (default {@code /}); for a
     *                 stream hop, the listen address or port of the server to use
     * @param name     which object when a file holds several: Kong service, Kubernetes Deployment,
     *                 gcloud list item
     */
    public record Options(String location, String name) {
        public static final Options NONE = new Options(null, null);
    }

    private ConfigImport() {
    }

    /**
     * @throws ImportException when a file cannot be read or parsed, a value is refused, or the
     *                         files do not fit the hop; the project is then unchanged
     */
    public static ImportResult run(Project project, String hopId, ConfigKind kind, List<Path> paths,
                                   SourceFiles files, Options options) throws ImportException {
        if (paths.isEmpty()) {
            throw ImportException.atFile("(no file)", "noFile");
        }
        Hop hop = project.topology().hop(hopId).orElse(null);
        if (hop == null) {
            return HopImport.apply(project, hopId, new Findings(kind));
        }
        Findings findings = new Findings(kind);
        return HopImport.apply(project, hopId, switch (kind) {
            case NGINX -> {
                for (Path p : paths) {
                    NginxImporter.read(p, files, hop, options.location(), findings);
                }
                yield findings;
            }
            case KONG -> {
                for (Path p : paths) {
                    KongImporter.read(p, files, hop, options.name(), findings);
                }
                yield findings;
            }
            case K8S -> {
                K8sImporter.read(paths, files, hop, options.name(), findings);
                yield findings;
            }
            case GCLOUD -> {
                for (Path p : paths) {
                    GcloudImporter.read(p, files, hop, options.name(), findings);
                }
                yield findings;
            }
        });
    }
}
