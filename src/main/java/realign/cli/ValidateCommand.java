package realign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import realign.InputException;
import realign.scenario.YamlTree;
import realign.validate.Validation;
import realign.validate.Validator;

/** {@code realign validate}: scores a run or sweep against the events observed in 2025 (docs/validation.md). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Checks a run or sweep against what was observed after 24 February 2025 (data/events/):"
                + " hits@k, precision, recall and average precision of the model's pair events and of baselines on"
                + " the same candidates, and the survey pattern of trust in the U.S. Writes RESULT_DIR/validation/NNN/.",
        footer = {"", "Examples:",
            "  realign validate results/us-vote-2025-20250224-120000-20250224",
            "  realign validate RUN --k 10,20,40 --kinds defence_treaty,security_defence_partnership",
            "  realign validate RUN --events my-events/partnerships.csv --from 2025-09-01 --to 2025-12-31",
            "", "Exit status: 0 success, 2 bad input (nothing is written), 1 internal error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run folder or a sweep folder.")
    private Path dir;

    @Option(names = "--events", paramLabel = "FILE", description = "Partnerships file in the format of"
            + " data/events/partnerships-2025.csv (a parties.csv beside it is used). Default: the shipped one.")
    private Path events;

    @Option(names = "--surveys", paramLabel = "FILE", description = "Survey file in the format of"
            + " data/events/trust-surveys-2025.csv. Default: the shipped one.")
    private Path surveys;

    @Option(names = "--from", paramLabel = "DATE", description = "First date scored (YYYY-MM-DD). Default: the first"
            + " day of round 1's month.")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date scored (YYYY-MM-DD). Default: the latest"
            + " event of the events file.")
    private String to;

    @Option(names = "--k", paramLabel = "K,..", split = ",", description = "The k of hits@k, precision@k and"
            + " recall@k (default: 20,40,80).")
    private List<String> ks = new ArrayList<>();

    @Option(names = "--kinds", paramLabel = "KIND,..", split = ",", description = "Score only these kinds of event"
            + " (default: all).")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "ISO3,..", split = ",", description = "Countries left out of the"
            + " candidate pairs and the model's events (default: USA).")
    private List<String> exclude;

    @Option(names = "--survey-month", paramLabel = "YYYY-MM", defaultValue = "2025-06",
            description = "Month of the surveys (default: ${DEFAULT-VALUE}, Pew spring 2025 survey).")
    private String surveyMonth;

    @Option(names = "--start", paramLabel = "YYYY-MM", description = "Month of round 1 (default: the scenario's"
            + " start, 2025-02 when it names none).")
    private String start;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the random baseline's 1,000 permutations (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for re-running a sweep's runs"
            + " (default: the number of cores).")
    private Integer threads;

    @Override
    public Integer call() throws InputException {
        Validation.Settings d = Validation.Settings.defaults();
        List<Integer> k = new ArrayList<>();
        for (String s : ks) {
            try {
                int v = Integer.parseInt(s.strip());
                if (v < 1) {
                    throw new NumberFormatException();
                }
                k.add(v);
            } catch (NumberFormatException e) {
                throw new InputException("--k: expected whole numbers >= 1 separated by commas, got "
                        + YamlTree.quote(s));
            }
        }
        Set<String> ex = exclude == null ? d.exclude() : new LinkedHashSet<>(exclude.stream().map(String::strip)
                .filter(x -> !x.isEmpty()).toList());
        YearMonth survey;
        try {
            survey = YearMonth.parse(surveyMonth);
        } catch (DateTimeParseException e) {
            throw new InputException("--survey-month: expected a month YYYY-MM, got " + YamlTree.quote(surveyMonth));
        }
        Validation.Settings settings = new Validation.Settings(date("--from", from), date("--to", to),
                k.isEmpty() ? d.ks() : k, new LinkedHashSet<>(kinds.stream().map(String::strip).toList()), ex, survey,
                seed, d.permutations(), start);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new InputException("--threads: expected a whole number >= 1, got " + t);
        }
        try {
            Validator.validate(new Validator.Request(dir, events, surveys, settings, t,
                    "1".equals(System.getenv("REALIGN_STDERR_TTY")) && !"dumb".equals(System.getenv("TERM"))), spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }

    private static LocalDate date(String option, String v) throws InputException {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(option + ": expected an ISO 8601 date (YYYY-MM-DD), got " + YamlTree.quote(v));
        }
    }
}
