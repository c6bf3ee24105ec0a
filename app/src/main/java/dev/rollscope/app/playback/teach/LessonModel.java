package dev.rollscope.app.playback.teach;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * A lesson being taken: {@link #start(Lesson)} has its scenario loaded (by the loader given), then
 * each {@link #next()} plays to the next step and tells one event of the lesson's hop (the first
 * of each kind) in one sentence; just before the request in question fails it asks what will
 * happen, with the playback's answers (verdicts, failure marks) hidden; {@link #answer(int)} picks
 * a choice and {@link #showMe()} plays the failure, shows the answers and says whether the choice
 * was right.
 */
public final class LessonModel {

    /** What a step of a lesson does. */
    private enum Kind { TELL, QUESTION, REVEAL }

    private record Step(long time, String caption, Kind kind) {
    }

    private final PlaybackModel playback;
    private final Lessons lessons;
    private final Consumer<Lesson> loader;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyObjectWrapper<List<String>> choices = new ReadOnlyObjectWrapper<>(this, "choices", List.of());
    private final ReadOnlyBooleanWrapper canGoOn = new ReadOnlyBooleanWrapper(this, "canGoOn");
    private final ReadOnlyBooleanWrapper canShow = new ReadOnlyBooleanWrapper(this, "canShow");
    private final DoubleProperty travelMillis =
            new SimpleDoubleProperty(this, "travelMillis", TeachingModel.DEFAULT_TRAVEL_MILLIS);
    private List<Step> steps = List.of();
    private int index;
    private int chosen = -1;
    private Lesson pending;

    /** @param loader has the lesson's scenario played (the playback's timeline then changes) */
    public LessonModel(PlaybackModel playback, Lessons lessons, Consumer<Lesson> loader) {
        this.playback = playback;
        this.lessons = lessons;
        this.loader = loader;
        playback.timelineProperty().addListener((obs, old, now) -> loaded(now));
    }

    // Properties

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** One sentence: what happened at the step reached, or the question; "" while travelling. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** After "Show me": whether the choice was right. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The choices of the question asked, empty otherwise. */
    public ReadOnlyObjectProperty<List<String>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoOnProperty() {
        return canGoOn.getReadOnlyProperty();
    }

    /** True once a choice is picked and the answer not yet shown. */
    public ReadOnlyBooleanProperty canShowProperty() {
        return canShow.getReadOnlyProperty();
    }

    /** The choice picked, or -1. */
    public int chosen() {
        return chosen;
    }

    /** Real milliseconds per trip to the next step; 0 jumps at once (tests). */
    public DoubleProperty travelMillisProperty() {
        return travelMillis;
    }

    public Lessons lessons() {
        return lessons;
    }

    // Commands

    public void start(Lesson l) {
        stop();
        pending = l;
        lesson.set(l);
        active.set(true);
        caption.set(lessons.get("loading"));
        loader.accept(l);
    }

    public void stop() {
        pending = null;
        active.set(false);
        playback.answersHiddenProperty().set(false);
        caption.set("");
        feedback.set("");
        choices.set(List.of());
        canGoOn.set(false);
        canShow.set(false);
    }

    public void next() {
        if (!active.get() || !canGoOn.get()) {
            return;
        }
        feedback.set("");
        index++;
        if (index >= steps.size()) {
            caption.set(lessons.get("over"));
            canGoOn.set(false);
            return;
        }
        travel(steps.get(index));
    }

    /** Picks choice i of the question asked. */
    public void answer(int i) {
        if (choices.get().isEmpty() || i < 0 || i >= choices.get().size()) {
            return;
        }
        chosen = i;
        canShow.set(true);
    }

    /** Plays the failure the question was about and shows every answer. */
    public void showMe() {
        if (!canShow.get()) {
            return;
        }
        canShow.set(false);
        choices.set(List.of());
        playback.answersHiddenProperty().set(false);
        Lesson l = lesson.get();
        feedback.set(chosen == l.answer() ? lessons.format("right", lessons.choice(l, chosen))
                : lessons.format("wrong", lessons.choice(l, chosen), lessons.choice(l, l.answer())));
        index++;
        travel(steps.get(index));
    }

    private void travel(Step s) {
        caption.set("");
        canGoOn.set(false);
        playback.timeline().playTo(s.time(), travelMillis.get(), () -> arrive(s));
    }

    private void arrive(Step s) {
        if (!active.get()) {
            return;
        }
        caption.set(s.caption());
        if (asks(s)) {
            chosen = -1;
            choices.set(choicesOf(lesson.get()));
        } else {
            canGoOn.set(true);
        }
    }

    /** True when the step waits for the learner's answer rather than for going on. */
    private static boolean asks(Step s) {
        return switch (s.kind()) {
            case TELL, REVEAL -> false;
            case QUESTION -> true;
        };
    }

    private List<String> choicesOf(Lesson l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.choices(); i++) {
            out.add(lessons.choice(l, i));
        }
        return out;
    }

    private void loaded(TimelineModel t) {
        Lesson l = pending;
        if (l == null) {
            if (active.get()) {
                stop();
            }
            return;
        }
        if (t == null || !t.playhead().result().scenario().name().equals(l.scenario())) {
            return;
        }
        pending = null;
        steps = steps(t.playhead().result(), l, lessons, playback.texts());
        index = -1;
        t.pause();
        t.seek(0);
        playback.answersHiddenProperty().set(true);
        canGoOn.set(true);
        next();
    }

    /**
     * The lesson's steps as captions at their times (the intro, the events told, the question just
     * before the failure, the reveal at it), for pictures and animations of the lesson.
     */
    public static List<TeachingStop> script(SimulationResult result, Lesson l, Lessons lessons, PlaybackTexts texts) {
        return steps(result, l, lessons, texts).stream().map(s -> TeachingStop.caption(s.time(), s.caption())).toList();
    }

    /** The intro, the first event of each kind on the lesson's hop before the failure, the question, the reveal. */
    private static List<Step> steps(SimulationResult result, Lesson l, Lessons lessons, PlaybackTexts texts) {
        Outcome o = result.outcome(l.request());
        int hop = result.topology().indexOf(l.hop());
        Captions captions = new Captions(result, texts);
        List<Step> out = new ArrayList<>();
        out.add(new Step(0, lessons.intro(l), Kind.TELL));
        Set<TraceEventType> told = EnumSet.noneOf(TraceEventType.class);
        for (TraceEvent e : result.trace().events()) {
            if (e.time() >= o.end()) {
                break;
            }
            boolean sent = e.request() == o.request() && e.type() == TraceEventType.REQUEST_SENT;
            boolean onHop = e.request() < 0 && hopOf(result, e) == hop;
            if (e.time() > 0 && (sent || onHop) && told.add(e.type())) {
                captions.sentence(e).ifPresent(s -> out.add(new Step(e.time(), s, Kind.TELL)));
            }
        }
        out.add(new Step(Math.max(0, o.end() - 1), lessons.question(l), Kind.QUESTION));
        out.add(new Step(o.end(), lessons.reveal(l), Kind.REVEAL));
        return out;
    }

    private static int hopOf(SimulationResult result, TraceEvent e) {
        if (e.instance() >= 0) {
            return result.instances().get(e.instance()).hop();
        }
        return e.station() >= 0 ? result.stations().get(e.station()).hop() : -1;
    }
}
