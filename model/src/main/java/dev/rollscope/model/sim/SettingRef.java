package dev.rollscope.model.sim;

/**
 * A setting of a hop and the value it had, as named in a verdict.
 *
 * @param hop     hop id
 * @param setting setting id ({@code front.drainTimeout})
 * @param value   the value, canonical text
 */
public record SettingRef(String hop, String setting, String value) {

    @Override
    public String toString() {
        return hop + "." + setting + " = " + value;
    }
}
