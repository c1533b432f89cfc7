package realign.gui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the GUI asks or tells the user in a window of its own: errors, questions and file choices. Swing
 * dialogs in the application ({@link SwingDialogs}); a recording stand-in in tests, so that a bad scenario can be
 * shown to produce exactly the message {@code realign run} prints, without a modal window.
 */
public interface Dialogs {

    /** Shows an error; {@code message} is complete as it is (file, line, field, expected, got). */
    void error(String title, String message);

    /** Shows a notice (where a run was exported, say). */
    void info(String title, String message);

    /** A file to read, starting in {@code folder}; empty if the user cancelled. */
    Optional<Path> openFile(String title, Path folder, String extension);

    /** A file to write, proposed as {@code proposal}; empty if the user cancelled. */
    Optional<Path> saveFile(String title, Path proposal);

    /** A folder, starting in {@code folder}; empty if the user cancelled. */
    Optional<Path> folder(String title, Path folder);

    /** A line of text, with {@code initial} filled in; empty if the user cancelled. */
    Optional<String> ask(String title, String question, String initial);
}
