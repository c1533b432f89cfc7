package realign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FuturesTest {

    private static Future<String> failedWith(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    @Test
    void returnsTheValue() throws Exception {
        assertThat(Futures.get(CompletableFuture.completedFuture("done"), "testing")).isEqualTo("done");
    }

    @Test
    void aDiskFaultComesBackAsTheSameIoException() {
        IOException full = new IOException("No space left on device");
        assertThatThrownBy(() -> Futures.get(failedWith(full), "testing")).isSameAs(full);
    }

    @Test
    void aUserErrorComesBackAsTheSameInputException() {
        InputException bad = new InputException("x.yaml:1:1: name: expected a name, got nothing");
        assertThatThrownBy(() -> Futures.get(failedWith(bad), "testing")).isSameAs(bad);
    }

    @Test
    void aBugComesBackAsItself() {
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        assertThatThrownBy(() -> Futures.get(failedWith(bug), "testing")).isSameAs(bug);
    }

    @Test
    void anyOtherCheckedExceptionIsAnInternalError() {
        Exception other = new Exception("other");
        assertThatThrownBy(() -> Futures.get(failedWith(other), "testing"))
                .isInstanceOf(IllegalStateException.class).hasCause(other);
    }

    @Test
    void anInterruptionSaysWhatWasAwaitedAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Futures.get(new CompletableFuture<String>(), "drawing figures"))
                    .isInstanceOf(IOException.class).hasMessage("interrupted while drawing figures");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
