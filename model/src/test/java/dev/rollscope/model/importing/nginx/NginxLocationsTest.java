package dev.rollscope.model.importing.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.importing.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nginx's location choice (ngx_http_core_module "location"), on the documentation's own example. */
class NginxLocationsTest {

    @TempDir
    static Path dir;

    /** The example of nginx.org's "location" directive, plus a nested regex and a ^~ prefix. */
    private static final String SERVER = """
            server {
                location = / { a; }
                location / { b; }
                location /documents/ { c; }
                location ^~ /images/ { d; }
                location ~* \\.(gif|jpg|jpeg)$ { e; }
                location /api/ {
                    location ~ /api/v[0-9]+/upload { f; }
                }
            }
            """;

    @ParameterizedTest
    @CsvSource(textBlock = """
            /,                       location = /
            /index.html,             location /
            /documents/document.html, location /documents/
            /images/1.gif,           location ^~ /images/
            /documents/1.jpg,        location ~* \\.(gif|jpg|jpeg)$
            /api/v2/upload,          location /api/ > location ~ /api/v[0-9]+/upload
            /api/list,               location /api/
            """)
    void choosesTheLocationNginxChooses(String path, String expected) throws Exception {
        Path f = dir.resolve("server.conf");
        Files.writeString(f, SERVER);
        List<Directive> server = NginxParser.parse(f, new SourceFiles(dir)).directives().get(0).children();

        String chain = NginxLocations.serving(server, path).stream().map(Directive::title)
                .collect(Collectors.joining(" > "));

        assertThat(chain).isEqualTo(expected);
    }
}
