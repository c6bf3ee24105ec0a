package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.importing.facade.ConfigImport;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.ProvenanceFile;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope import nginx|kong|k8s|gcloud FILE... --into PROJECT --hop ID [--location PATH]
 * [--name NAME] [--dry-run] [--lang en|zh]}: reads configuration files into one hop of a project and
 * prints the report (in the language {@code --lang} asks for). Writes the project (and its
 * {@code .json.imports} provenance beside it) atomically, unless {@code --dry-run}. Exit 0 when everything was understood, 1 when the import was written
 * but something was not understood or two files disagree, 2 when nothing was written (a file or
 * value refused, a bad project or command line).
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "import.kind")
    private String kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "import.files")
    private List<Path> files;

    @Option(names = "--into", paramLabel = "PROJECT", required = true, descriptionKey = "import.into")
    private Path project;

    @Option(names = "--hop", paramLabel = "ID", required = true, descriptionKey = "import.hop")
    private String hop;

    @Option(names = "--location", paramLabel = "PATH", descriptionKey = "import.location")
    private String location;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "import.name")
    private String name;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    private boolean dryRun;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() throws ProjectFileException {
        ConfigKind k = configKind();
        Project before = ProjectFile.read(project);
        PrintWriter out = spec.commandLine().getOut();
        Path dir = project.toAbsolutePath().getParent();
        ImportResult result;
        try {
            result = ConfigImport.run(before, hop, k, files, new SourceFiles(dir),
                    new ConfigImport.Options(location, name));
            if (!dryRun) {
                ProjectFile.write(result.project(), project);
                ProvenanceFile.write(ProvenanceFile.read(project).merge(result.provenance()), project);
            }
        } catch (ImportException e) {
            spec.commandLine().getErr().println(e.message(language.locale()));
            spec.commandLine().getErr().println(text("import.nothingWritten", project));
            return ExitCodes.INVALID;
        } catch (IOException e) {
            spec.commandLine().getErr().println(text("import.cannotWrite", project, e.getMessage()));
            return ExitCodes.INVALID;
        }
        out.print(result.report().format(language.locale()));
        out.println(dryRun ? text("import.dryRunDone", project) : text("import.written", project,
                ProvenanceFile.beside(project)));
        return result.report().needsAttention() ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    private ConfigKind configKind() {
        for (ConfigKind k : ConfigKind.values()) {
            if (k.cliName().equals(kind.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new ParameterException(spec.commandLine(), text("import.badKind", kind));
    }

    private String text(String key, Object... args) {
        return new MessageFormat(spec.resourceBundle().getString(key), spec.resourceBundle().getLocale())
                .format(args);
    }
}
