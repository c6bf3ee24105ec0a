package dev.rollscope.model.importing;

import java.util.Objects;

/**
 * Where an imported value came from: a file, a 1-based line, and the name the value has there
 * ({@code client_max_body_size}, {@code spec.strategy.rollingUpdate.maxSurge},
 * {@code connectionDraining.drainingTimeoutSec}).
 */
public record Origin(String file, int line, String name) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
    }

    /** {@code FILE:LINE}. */
    public String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return where() + " " + name;
    }
}
