package dev.rollscope.app.shell;

/** What only the window itself can do, for the {@link ShellActions}. */
interface ShellCommands {

    /** Closes the window, asking first about unsaved changes. */
    void quit();

    /** Opens the export dialog for the document and the chosen scenario. */
    void export();

    void toggleTheme();

    void showShortcuts();

    void showAbout();
}
