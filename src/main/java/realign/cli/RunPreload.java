package realign.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import realign.charts.FigureWarmUp;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * The work every {@code realign run} does whatever its options, started on a second thread before the command line
 * is even parsed (docs/benchmarks.md): the shipped data set is read while picocli builds its model of the commands,
 * and the figure code is warmed up ({@link FigureWarmUp}) while the model runs. A run is short, and a second core
 * would otherwise stand idle until the tables and the figure are written.
 *
 * <p>Nothing here changes what a run writes: the shipped world is the one {@code ScenarioReader} would load (and
 * is used only by a scenario without a {@code data:} section of its own, which alone waits for it), and the warm-up
 * draws into memory.
 */
final class RunPreload {

    private final CompletableFuture<World> world;

    /** A preload that hands out the world {@code world} completes with (tests give one that never completes). */
    RunPreload(CompletableFuture<World> world) {
        this.world = world;
    }

    /** Starts the preload for {@code realign run ...}; null for any other command. */
    static RunPreload startFor(String[] args) {
        if (args.length == 0 || !"run".equals(args[0])) {
            return null;
        }
        boolean figures = !List.of(args).contains("--figures=none");
        for (int i = 1; i + 1 < args.length; i++) {
            if ("--figures".equals(args[i]) && "none".equals(args[i + 1])) {
                figures = false;
            }
        }
        RunPreload preload = new RunPreload(new CompletableFuture<>());
        boolean warmUp = figures;
        Thread t = new Thread(() -> preload.load(warmUp), "realign-preload");
        t.setDaemon(true);
        t.start();
        return preload;
    }

    private void load(boolean warmUp) {
        long t = realign.Timing.start();
        try {
            world.complete(WorldLoader.loadShipped());
            realign.Timing.done("preload: shipped world read", t);
        } catch (RuntimeException | Error e) {
            // any failure, an Error included, completes the future: the run never waits on a dead thread
            world.completeExceptionally(e);
        }
        if (warmUp) {
            t = realign.Timing.start();
            try {
                FigureWarmUp.run();
                realign.Timing.done("preload: figure code warmed up", t);
            } catch (Exception | LinkageError e) {
                // only a head start: whatever failed here fails again in the real figure, which reports it
            }
        }
    }

    /**
     * The shipped world, waiting for it if need be; null if loading it failed, so that the scenario reader loads it
     * again and reports the failure as it would without a preload.
     */
    World world() {
        try {
            return world.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
