package dev.rollscope.app.shell;

import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.i18n.AppLanguage;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Fonts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The menu bar: File (with Open Recent and Examples), Edit, View (with Language), Simulation
 * (with the scenarios) and Help, built from the {@link ShellActions}; the lists follow the recent
 * files and the project's scenarios. Menu ids are {@code menu-file}, ...
 */
final class MainMenus {

    private final Workbench bench;
    private final ShellActions actions;
    private final Messages m;
    private final Consumer<AppLanguage> onLanguage;

    private MainMenus(Workbench bench, ShellActions actions, Consumer<AppLanguage> onLanguage) {
        this.bench = bench;
        this.actions = actions;
        this.m = bench.messages();
        this.onLanguage = onLanguage;
    }

    static MenuBar create(Workbench bench, ShellActions actions, Consumer<AppLanguage> onLanguage) {
        MainMenus menus = new MainMenus(bench, actions, onLanguage);
        MenuBar bar = new MenuBar(menus.file(), menus.edit(), menus.view(), menus.simulation(), menus.help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        Menu recent = menu("menu.file.recent", "menu-recent");
        bench.editor().subscriptions().onChange(bench.session().recent().files(),
                (ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        Menu examples = menu("menu.file.examples", "menu-examples");
        for (String name : Examples.names()) {
            examples.getItems().add(item(name, () -> bench.session().openExample(name)));
        }
        Menu file = menu("menu.file", "menu-file");
        file.getItems().addAll(items(actions.newProject, actions.open));
        file.getItems().addAll(recent, examples, new SeparatorMenuItem());
        file.getItems().addAll(items(actions.save, actions.saveAs, actions.importConfig, actions.export));
        file.getItems().addAll(new SeparatorMenuItem(), ActionUtils.createMenuItem(actions.quit));
        return file;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : bench.session().recent().files()) {
            recent.getItems().add(item(p.toString(), () -> bench.session().open(p)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu edit() {
        Menu insert = menu("menu.edit.insert", "menu-insert");
        actions.insert.forEach(a -> insert.getItems().add(ActionUtils.createMenuItem(a)));
        Menu edit = menu("menu.edit", "menu-edit");
        edit.getItems().addAll(items(actions.undo, actions.redo));
        edit.getItems().addAll(new SeparatorMenuItem(), insert);
        edit.getItems().addAll(items(actions.delete, actions.moveEarlier, actions.moveLater));
        return edit;
    }

    private Menu view() {
        Menu language = menu("menu.view.language", "menu-language");
        ToggleGroup group = new ToggleGroup();
        AppLanguage current = bench.preferences().language();
        for (AppLanguage l : AppLanguage.values()) {
            // Without a CJK font the Chinese name would be boxes: say it in the current language, with why.
            boolean boxes = l == AppLanguage.SIMPLIFIED_CHINESE && Fonts.lacksGlyphsFor(Locale.SIMPLIFIED_CHINESE);
            RadioMenuItem item = new RadioMenuItem(m.get("language." + l.name() + (boxes ? ".noFont" : "")));
            item.setId("menu-language-" + l.name());
            item.setToggleGroup(group);
            item.setSelected(l == current);
            item.setOnAction(e -> onLanguage.accept(l));
            language.getItems().add(item);
        }
        Menu view = menu("menu.view", "menu-view");
        view.getItems().addAll(items(actions.zoomIn, actions.zoomOut, actions.fit));
        view.getItems().addAll(new SeparatorMenuItem(), ActionUtils.createCheckMenuItem(actions.darkTheme), language);
        return view;
    }

    private Menu simulation() {
        Menu simulation = menu("menu.simulation", "menu-simulation");
        Runnable fill = () -> {
            simulation.getItems().setAll(ActionUtils.createMenuItem(actions.rerun), new SeparatorMenuItem());
            ToggleGroup group = new ToggleGroup();
            List<String> names = bench.scenarios().names();
            for (int i = 0; i < names.size(); i++) {
                simulation.getItems().add(scenarioItem(names.get(i), i, group));
            }
        };
        Subscriptions subscriptions = bench.editor().subscriptions();
        subscriptions.onChange(bench.scenarios().names(), (ListChangeListener<String>) c -> fill.run());
        subscriptions.onChange(bench.scenarios().selectedProperty(), (obs, old, now) -> fill.run());
        fill.run();
        return simulation;
    }

    private RadioMenuItem scenarioItem(String name, int index, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(m.format("menu.simulation.scenario", name));
        item.setToggleGroup(group);
        item.setSelected(name.equals(bench.scenarios().selected()));
        item.setOnAction(e -> bench.scenarios().selectedProperty().set(name));
        if (index < 9) {
            item.setAccelerator(ShellActions.key(KeyCode.valueOf("DIGIT" + (index + 1))));
        }
        return item;
    }

    private Menu help() {
        Menu help = menu("menu.help", "menu-help");
        help.getItems().addAll(items(actions.shortcuts, actions.about));
        return help;
    }

    private Menu menu(String key, String id) {
        Menu menu = new Menu(m.get(key));
        menu.setId(id);
        return menu;
    }

    private static List<MenuItem> items(Action... list) {
        return List.of(list).stream().map(ActionUtils::createMenuItem).toList();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
