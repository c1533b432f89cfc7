package realign;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work done on another thread and getting back the exception it ended with, unwrapped: an
 * {@link IOException} (a disk fault keeps its meaning for the CLI), an {@link InputException} (a user error) or a
 * {@link RuntimeException} is rethrown as it was; anything else is a bug. An interruption is reported as an
 * {@link IOException} saying what was being waited for.
 */
public final class Futures {

    private Futures() {}

    /** The value of {@code f}, waiting for it; {@code what} names the work in the message of an interruption. */
    public static <T> T get(Future<T> f, String what) throws IOException, InputException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InputException ie) {
                throw ie;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
