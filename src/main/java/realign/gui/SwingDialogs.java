package realign.gui;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileNameExtensionFilter;

/** {@link Dialogs} as Swing option panes and file choosers, centred on {@code parent}. Call on the Swing thread. */
final class SwingDialogs implements Dialogs {

    private final Component parent;

    SwingDialogs(Component parent) {
        this.parent = parent;
    }

    @Override
    public void error(String title, String message) {
        JOptionPane.showMessageDialog(parent, text(message), title, JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void info(String title, String message) {
        JOptionPane.showMessageDialog(parent, text(message), title, JOptionPane.INFORMATION_MESSAGE);
    }

    /** Long messages (a scenario error quotes the file) wrap in a selectable text area, so they can be copied. */
    private static Object text(String message) {
        JTextArea area = new JTextArea(message, Math.min(12, message.split("\n", -1).length + 1), 72);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(false);
        area.setOpaque(false);
        return new JScrollPane(area);
    }

    @Override
    public Optional<Path> openFile(String title, Path folder, String extension) {
        JFileChooser chooser = new JFileChooser(Files.isDirectory(folder) ? folder.toFile() : null);
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " files", extension));
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    @Override
    public Optional<Path> saveFile(String title, Path proposal) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setSelectedFile(proposal.toAbsolutePath().toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        if (Files.exists(chosen) && JOptionPane.showConfirmDialog(parent, chosen + " exists. Replace it?", title,
                JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(chosen);
    }

    @Override
    public Optional<Path> folder(String title, Path folder) {
        JFileChooser chooser = new JFileChooser(folder.toAbsolutePath().toFile());
        chooser.setDialogTitle(title);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        return chooser.showDialog(parent, "Choose") == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    @Override
    public Optional<String> ask(String title, String question, String initial) {
        Object answer = JOptionPane.showInputDialog(parent, question, title, JOptionPane.QUESTION_MESSAGE, null, null,
                initial);
        return Optional.ofNullable(answer).map(Object::toString);
    }
}
