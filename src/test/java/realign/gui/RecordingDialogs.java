package realign.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** {@link Dialogs} for tests: records what would be shown and answers from a queue (empty: the user cancels). */
final class RecordingDialogs implements Dialogs {

    record Shown(String kind, String title, String message) {}

    final List<Shown> shown = new ArrayList<>();
    final Deque<Object> answers = new ArrayDeque<>();

    synchronized List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    @Override
    public synchronized void error(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public synchronized void info(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    private synchronized Optional<Object> next() {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> openFile(String title, Path folder, String extension) {
        return next().map(Path.class::cast);
    }

    @Override
    public Optional<Path> saveFile(String title, Path proposal) {
        return next().map(Path.class::cast);
    }

    @Override
    public Optional<Path> folder(String title, Path folder) {
        return next().map(Path.class::cast);
    }

    @Override
    public Optional<String> ask(String title, String question, String initial) {
        return next().map(String.class::cast);
    }
}
