package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.nginx.NginxValues;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;

/** A fix's value written as each syntax wants it. */
final class FixValues {

    private FixValues() {
    }

    /** nginx text; a size of 1 MiB or more is rounded up to whole {@code m}, which only raises a limit. */
    static String nginx(Object v) {
        if (v instanceof TimeSpan) {
            return NginxValues.format((TimeSpan) v);
        }
        if (v instanceof ByteSize) {
            long b = ((ByteSize) v).bytes();
            long mib = 1L << 20;
            return b >= mib && b % mib != 0 ? (b + mib - 1) / mib + "m" : NginxValues.format((ByteSize) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "on" : "off";
        }
        return String.valueOf(v);
    }

    /** YAML scalar: whole seconds (rounded up) for a time, a quoted percentage, plain numbers and booleans. */
    static String yamlSeconds(Object v) {
        if (v instanceof TimeSpan) {
            TimeSpan t = (TimeSpan) v;
            return Long.toString(t.millis() == 0 ? 0 : TimeSpan.wholeSecondsAtLeast(t.millis()).millis() / 1000);
        }
        if (v instanceof Scale) {
            Scale s = (Scale) v;
            return s.percent() ? "\"" + s + "\"" : Integer.toString(s.value());
        }
        return String.valueOf(v);
    }

    /** Whole seconds, rounded up, for gcloud flags and Kubernetes fields. */
    static long seconds(TimeSpan t) {
        return t.millis() == 0 ? 0 : (t.millis() + 999) / 1000;
    }
}
