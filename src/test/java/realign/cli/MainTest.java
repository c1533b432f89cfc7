package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import realign.Version;

/** {@code realign --help}, {@code realign run --help}, {@code realign --version}. */
class MainTest {

    @Test
    void helpListsTheRunCommandAndExitsZero() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.status()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Usage: realign", "ES-11/7", "Commands:", "run");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void runHelpNamesEveryOptionTheExamplesAndTheExitStatusesAndExitsZero() {
        Cli.Result r = Cli.run("run", "--help");

        assertThat(r.status()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Usage: realign run", "SCENARIO", "--seed=N", "--rounds=N", "--out=DIR",
                "--results=DIR", "--set=KEY=VALUE", "realign run scenarios/us-vote-2025.yaml",
                "Exit status: 0 success, 2 bad input (nothing is written), 1 a fault of the disk",
                "or an internal error.", "'realign clean DIR'");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpSubcommandShowsTheHelpOfRun() {
        Cli.Result r = Cli.run("help", "run");

        assertThat(r.status()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Usage: realign run");
    }

    @Test
    void versionNamesTheRealignAndModelVersionsAndExitsZero() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.status()).isEqualTo(Main.OK);
        assertThat(Version.realign()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.out()).startsWith("realign " + Version.realign() + " (model " + Version.MODEL + ", Java ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void runVersionAlsoPrintsTheVersion() {
        Cli.Result r = Cli.run("run", "--version");

        assertThat(r.status()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("realign " + Version.realign());
    }
}
