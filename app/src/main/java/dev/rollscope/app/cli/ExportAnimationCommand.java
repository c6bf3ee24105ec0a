package dev.rollscope.app.cli;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.picture.Animation;
import dev.rollscope.app.playback.picture.AnimationFormat;
import dev.rollscope.app.playback.picture.HeadlessFx;
import dev.rollscope.app.playback.picture.MissingEncoderException;
import dev.rollscope.app.playback.picture.StagePicture;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.Project;
import dev.rollscope.model.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope export animation FILE --scenario S [--from s] [--to s] [--speed x] [--size WxH]
 * [--fps n] [--dark] [--lang zh] [--format gif|webm|mp4] -o OUT}: the Play view's stage as an animated
 * GIF or a video (ffmpeg) with its captions, drawn headless. The format is the output's extension
 * unless {@code --format} names one; gif when neither does.
 */
@Command(name = "animation")
final class ExportAnimationCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExportTarget target;

    @Mixin
    private LanguageOption language;

    @Option(names = "--from", paramLabel = "SECONDS", defaultValue = "0", descriptionKey = "animation.from")
    private double from;

    @Option(names = "--to", paramLabel = "SECONDS", descriptionKey = "animation.to")
    private Double to;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", descriptionKey = "animation.speed")
    private double speed;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "10", descriptionKey = "animation.fps")
    private double fps;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x450", descriptionKey = "animation.size")
    private String size;

    @Option(names = "--dark", descriptionKey = "animation.dark")
    private boolean dark;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "animation.format")
    private String format;

    @Override
    protected int run(Project project, PrintWriter out) {
        if (target.output() == null) {
            throw new ParameterException(spec.commandLine(), text("animation.needsOutput"));
        }
        AnimationFormat as = format == null
                ? AnimationFormat.of(target.output()).orElse(AnimationFormat.GIF)
                : AnimationFormat.named(format).orElseThrow(
                        () -> new ParameterException(spec.commandLine(), text("animation.badFormat", format)));
        int[] wh = size(spec);
        try {
            as.requireEncoder();
        } catch (MissingEncoderException e) {
            spec.commandLine().getErr().println(text("animation.noFfmpeg"));
            return ExitCodes.INVALID;
        }
        SimulationResult r = target.simulate(project, spec.commandLine());
        long end = to == null ? r.endTime() : Math.round(to * 1000);
        Animation animation;
        try {
            animation = new Animation(Math.round(from * 1000), Math.min(end, r.endTime()), speed, fps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        long started = System.nanoTime();
        int frames;
        try {
            frames = HeadlessFx.call(() -> animation.write(new StagePicture(r,
                    new PlaybackTexts(Messages.of(language.locale())), dark ? Palette.DARK : Palette.LIGHT, wh[0], wh[1]),
                    target.output(), as));
        } catch (IOException e) {
            spec.commandLine().getErr().println(target.output() + ": cannot write: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        spec.commandLine().getErr().println(text("animation.written", target.output(), frames,
                (System.nanoTime() - started) / 1e9));
        return ExportTarget.verdict(r, null);
    }

    private int[] size(CommandSpec s) {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            if (parts.length == 2 && w >= 200 && h >= 150 && w <= 3840 && h <= 2160) {
                return new int[] {w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new ParameterException(s.commandLine(), text("animation.badSize", size));
    }
}
