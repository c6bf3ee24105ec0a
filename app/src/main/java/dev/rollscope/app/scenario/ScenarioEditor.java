package dev.rollscope.app.scenario;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.ProjectCommand;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refused;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;

/**
 * The one way the scenario panel changes the chosen scenario: each method pushes a
 * {@link ProjectCommand} on the document's undo stack, named in whichever language its label is shown.
 * A change the model refuses throws {@link IllegalArgumentException} and changes nothing.
 */
public final class ScenarioEditor {

    /** The scenario panel's bundle, with a Simplified Chinese translation beside the English one. */
    public static final String BUNDLE = "dev.rollscope.app.scenario.scenario";

    private final Document document;
    private final ObservableValue<String> scenario;
    private final Locale locale;

    public ScenarioEditor(Document document, ObservableValue<String> scenario, Locale locale) {
        this.document = document;
        this.scenario = scenario;
        this.locale = locale;
    }

    public Document document() {
        return document;
    }

    /** The chosen scenario, if the project has it. */
    public Optional<Scenario> current() {
        return document.project().scenario(String.valueOf(scenario.getValue()));
    }

    /** A text of the panel's bundle, with {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... args) {
        return text(locale, key, args);
    }

    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    /** Why the model refused an edit, in the panel's language ({@link Refused#message(Throwable, Locale)}). */
    public String reason(Throwable e) {
        return Refused.message(e, locale);
    }

    /** A command's name: the panel's text under {@code key}, in the language the label is shown in. */
    private static Function<Messages, String> named(String key, Object... args) {
        return m -> text(m.locale(), key, args);
    }

    // Commands

    public void setRolls(List<String> hops, TimeSpan at) {
        change(named("command.rolls", String.join(", ", hops), at), s -> ScenarioEdits.rolls(s, hops, at));
    }

    /** Adds a blue/green switch or a canary; the model refuses one its hop cannot have, naming why. */
    public void addDisruption(Disruption d) {
        String kind = "switch.kind." + d.kind().name();
        String hops = String.join(", ", d.hops());
        change(m -> text(m.locale(), "command.addSwitch", text(m.locale(), kind), hops),
                s -> ScenarioEdits.addDisruption(s, d));
    }

    public void removeDisruption(int index) {
        change(named("command.removeSwitch"), s -> ScenarioEdits.removeDisruption(s, index));
    }

    public void addGet() {
        change(named("command.add", "GET"), s -> ScenarioEdits.addRequest(s,
                RequestSpec.get(ScenarioEdits.freshId(s, "GET"), nextStart(s))));
    }

    public void addUpload() {
        change(named("command.add", "POST 50MB"), s -> ScenarioEdits.addRequest(s,
                RequestSpec.post(ScenarioEdits.freshId(s, "POST-50MB"), ByteSize.ofMegabytes(50), nextStart(s))));
    }

    /** Adds a request as the user described it; its id is made unique in the scenario. */
    public void addRequest(RequestSpec r) {
        change(named("command.add", r.method()), s -> ScenarioEdits.addRequest(s,
                r.withId(ScenarioEdits.freshId(s, r.id()))));
    }

    public void removeRequest(String id) {
        change(named("command.remove", id), s -> ScenarioEdits.removeRequest(s, id));
    }

    /**
     * Changes request {@code id} as {@code change} says, as one command described by the bundle key
     * {@code what} (with the request's id); the model refuses a change it does not take, naming why.
     */
    public void changeRequest(String id, String what, UnaryOperator<RequestSpec> change) {
        change(named(what, id), s -> ScenarioEdits.changeRequest(s, id, change));
    }

    /** Why the model would refuse that change of request {@code id}, in a line; empty when it takes it. */
    public Optional<String> requestRefusal(String id, UnaryOperator<RequestSpec> change) {
        return refusal(s -> ScenarioEdits.changeRequest(s, id, change));
    }

    /** Changes the steady traffic's entry {@code name}, as {@link #changeRequest} does a request. */
    public void changeMixEntry(String name, String what, UnaryOperator<MixEntry> change) {
        change(named(what, name), s -> ScenarioEdits.changeMixEntry(s, name, change));
    }

    /** Why the model would refuse that change of the traffic's entry {@code name}; empty when it takes it. */
    public Optional<String> mixEntryRefusal(String name, UnaryOperator<MixEntry> change) {
        return refusal(s -> ScenarioEdits.changeMixEntry(s, name, change));
    }

    /** How long the scenario runs, its horizon: 1 s to 30 days, after every request start and disruption (the model refuses the rest). */
    public void setHorizon(TimeSpan horizon) {
        change(named("command.horizon", horizon), s -> s.withHorizon(horizon));
    }

    /** Sets the steady traffic, or removes it for null. */
    public void setTraffic(TrafficMix mix) {
        change(named(mix == null ? "command.noTraffic" : "command.traffic"), s -> s.withTraffic(mix));
    }

    /** Adds a scenario (a roll of the first hop at 10 s and a GET at 20 s) and returns its name. */
    public String addScenario() {
        Project p = document.project();
        String name = text("scenario.newName", p.scenarios().size() + 1);
        List<Disruption> roll = p.topology().hops().isEmpty() ? List.of()
                : List.of(new RollOut(p.topology().hops().get(0).id(), TimeSpan.ofSeconds(10)));
        Scenario s = new Scenario(name, "", roll, List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(20))), null, 1);
        push(named("command.newScenario", name), project -> {
            List<Scenario> all = new ArrayList<>(project.scenarios());
            all.add(s);
            return project.withScenarios(all);
        });
        return name;
    }

    /** Requests added by a button start 1 s after the rollouts (or at 0 without a rollout). */
    private static TimeSpan nextStart(Scenario s) {
        return ScenarioEdits.rollStart(s, TimeSpan.ZERO).plus(TimeSpan.ofSeconds(1));
    }

    private void change(Function<Messages, String> description, UnaryOperator<Scenario> edit) {
        push(description, p -> edited(p, edit));
    }

    /** The edit applied to the project's chosen scenario. @throws IllegalArgumentException when refused */
    private Project edited(Project p, UnaryOperator<Scenario> edit) {
        String name = String.valueOf(scenario.getValue());
        int index = p.scenarios().indexOf(p.scenario(name).orElseThrow(
                () -> new IllegalArgumentException("the project has no scenario \"" + name + "\"")));
        return p.withScenario(index, edit.apply(p.scenarios().get(index)));
    }

    private Optional<String> refusal(UnaryOperator<Scenario> edit) {
        try {
            edited(document.project(), edit);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(text("edit.refused", reason(e)));
        }
    }

    private void push(Function<Messages, String> description, UnaryOperator<Project> change) {
        document.commands().push(new ProjectCommand(document, description, null, change));
    }
}
