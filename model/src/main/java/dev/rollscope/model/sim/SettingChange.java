package dev.rollscope.model.sim;

/**
 * A concrete fix: set a hop's setting to a value (canonical text), which the simulation says is
 * enough on its own for this request.
 */
public record SettingChange(String hop, String setting, String value) {

    @Override
    public String toString() {
        return hop + "." + setting + " → " + value;
    }
}
