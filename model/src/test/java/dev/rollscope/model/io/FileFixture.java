package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the project-file tests share: a small valid file to break, and the error a broken one gets. */
final class FileFixture {

    private FileFixture() {
    }

    /**
     * A file of hop A (nginx on a MIG behind the GFE) and hop D (an app on GKE behind a Service), one
     * replica each, with one scenario {@code s} whose fields after its name and seed are {@code fields}:
     * their first line is line 9 of the file.
     *
     * @param fields the scenario's remaining fields, one or more lines, unindented
     */
    static String aAndD(String fields) {
        return """
                {
                  "schemaVersion": 1,
                  "name": "t",
                  "hops": [{"id": "A", "name": "a", "kind": "NGINX_L7", "platform": "GCE_MIG", "front": "GCP_EXTERNAL_ALB", "replicas": 1},
                           {"id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT", "front": "K8S_SERVICE", "replicas": 1}],
                  "scenarios": [
                    {
                      "name": "s", "seed": 1,
                """ + fields.indent(6) + """
                    }
                  ]
                }
                """;
    }

    /** The message ({@code FILE:LINE:COLUMN: PATH: detail}) with which the file named t.json holding json is refused. */
    static String message(String json) {
        return error(json).getMessage();
    }

    /** The error with which the file named t.json holding json is refused; fails when it is read. */
    static ProjectFileException error(String json) {
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.parse(json, "t.json"));
        assertThat(e).as("an error for:%n%s", json).isNotNull();
        return e;
    }
}
