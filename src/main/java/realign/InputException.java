package realign;

/**
 * A mistake in what the user gave realign (a scenario, a data file, a command-line value, an output path).
 * The message is complete and meant for the user as it is: it names the file, line, field, what was
 * expected and what was found. The CLI prints it and exits with status 2.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
