package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/**
 * A blue/green switch instead of a rolling update of the same hop, starting at the same moment
 * (domain.md §14): green is created beside blue, traffic moves once green is available, blue goes
 * after the hop's scale-down or detach delay.
 *
 * @param replaced the rollout it replaces
 * @param instead  the switch that replaces it
 */
public record SwitchInstead(RollOut replaced, BlueGreen instead) implements Remedy {

    @Override
    public Scenario applyTo(Scenario scenario) {
        List<Disruption> changed = scenario.disruptions().stream()
                .map(d -> d.equals(replaced) ? (Disruption) instead : d).toList();
        return scenario.withDisruptions(changed);
    }

    @Override
    public String text(Locale locale) {
        return SweepResult.text(instead, locale);
    }

    @Override
    public String replacedText(Locale locale) {
        return SweepResult.text(replaced, locale);
    }
}
