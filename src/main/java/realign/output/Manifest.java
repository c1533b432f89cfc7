package realign.output;

import realign.model.ModelSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import realign.Version;
import realign.model.Affinity;
import realign.scenario.Scenario;
import realign.world.DataSource;
import realign.world.Imputation;
import realign.world.RollCall;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * {@code manifest.json}: what was run (the scenario with every default filled in and its hash, the seed,
 * versions, the data files with their hashes, imputed values) and how long it took. Only the fields under
 * {@code timing} differ between two runs of the same scenario and seed.
 */
public final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {}

    /** The scenario as run, as plain ordered maps (also hashed for {@code scenario_resolved_sha256}). */
    public static Map<String, Object> scenarioAsRun(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("seed", s.seed());
        m.put("rounds", s.rounds());
        // written only when not the default month, so that the resolved scenario (and its hash) of older scenarios
        // is unchanged; the manifest's top-level start is always written
        if (!s.calendar().equals(realign.Calendar.DEFAULT)) {
            m.put("start", s.calendar().start().toString());
        }
        List<Object> history = new ArrayList<>();
        for (ModelSpec.HistoryEntry h : s.history()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rollcall", h.rollcall());
            e.put("votes", votes(h.votes()));
            history.add(e);
        }
        m.put("history", history);
        if (s.historySelection() != null) {
            Map<String, Object> sel = new LinkedHashMap<>();
            sel.put("session", s.historySelection().sessions());
            sel.put("from", s.historySelection().from());
            sel.put("to", s.historySelection().to());
            sel.put("exclude", s.historySelection().exclude());
            m.put("history_selection", sel);
        }
        List<Object> shocks = new ArrayList<>();
        for (ModelSpec.Shock sh : s.shocks()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("round", sh.round());
            e.put("salience", sh.salience());
            e.put("label", sh.label());
            if (sh instanceof ModelSpec.RollCallShock r) {
                e.put("type", "rollcall");
                e.put("rollcall", r.rollcall());
                e.put("default", r.defaultVote() == null ? null : r.defaultVote().name());
                e.put("votes", votes(r.votes()));
            } else if (sh instanceof ModelSpec.EventShock ev) {
                e.put("type", "event");
                e.put("actor", ev.actor());
                e.put("targets", ev.targetNames());
                e.put("target_countries", ev.targets());
            } else if (sh instanceof ModelSpec.TariffShock tf) {
                e.put("type", "tariff");
                e.put("actor", tf.actor());
                e.put("targets", tf.targetNames());
                e.put("target_countries", tf.targets());
                e.put("rate", tf.rate());
            } else if (sh instanceof ModelSpec.LeaveShock l) {
                e.put("type", "leave");
                e.put("country", l.country());
                e.put("group", l.group());
            } else if (sh instanceof ModelSpec.JoinShock j) {
                e.put("type", "join");
                e.put("country", j.country());
                e.put("group", j.group());
            } else if (sh instanceof ModelSpec.AgreementShock a) {
                e.put("type", "agreement");
                e.put("a", a.a());
                e.put("b", a.b());
                e.put("layer", a.layer());
                e.put("weight", a.weight());
            }
            shocks.add(e);
        }
        m.put("shocks", shocks);
        m.put("parameters", new LinkedHashMap<>(s.parameters()));
        List<Object> focus = new ArrayList<>();
        for (Scenario.FocusGroup g : s.focus()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", g.name());
            e.put("column", g.column());
            e.put("members", g.members());
            focus.add(e);
        }
        m.put("focus", focus);
        // written only when used, so that the resolved scenario (and its hash) of older scenarios is unchanged
        if (!s.track().isEmpty()) {
            List<Object> track = new ArrayList<>();
            for (Scenario.TrackedPair p : s.track()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("from", p.from());
                e.put("to", p.to());
                e.put("column", p.column());
                e.put("from_members", p.fromMembers());
                e.put("to_members", p.toMembers());
                track.add(e);
            }
            m.put("track", track);
        }
        if (!s.trustMatrices().isEmpty()) {
            m.put("trust_matrices", s.trustMatrices());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rollcalls", s.data() == null ? null : s.data().rollcalls());
        data.put("votes", s.data() == null ? null : s.data().votes());
        m.put("data", data);
        return m;
    }

    private static Map<String, String> votes(Map<String, realign.world.Vote> v) {
        Map<String, String> out = new LinkedHashMap<>();
        v.forEach((k, x) -> out.put(k, x.name()));
        return out;
    }

    public static String sha256(Map<String, Object> value) {
        try {
            return WorldLoader.sha256(new ObjectMapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inputs of the manifest that are not in the scenario. */
    public record RunInfo(String scenarioFile, byte[] scenarioBytes, List<String> overrides, List<String> outputs,
                          String startedAt, long wallTimeMs) {}

    public static void write(Path file, Scenario s, World world, RunInfo info) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realign_version", Version.realign());
        m.put("model_version", Version.MODEL);
        m.put("git_commit", gitCommit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("scenario_file", info.scenarioFile());
        m.put("scenario_sha256", WorldLoader.sha256(info.scenarioBytes()));
        m.put("overrides", info.overrides());
        m.put("seed", s.seed());
        m.put("rounds", s.rounds());
        m.put("start", s.calendar().start().toString());
        Map<String, Object> asRun = scenarioAsRun(s);
        m.put("scenario_resolved_sha256", sha256(asRun));
        m.put("scenario", asRun);
        List<Object> sources = new ArrayList<>();
        for (DataSource d : world.sources()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", d.name());
            e.put("sha256", d.sha256());
            e.put("bytes", d.bytes());
            sources.add(e);
        }
        m.put("data_sources", sources);
        m.put("data_notes", dataNotes(s, world));
        m.put("history_votes", HistoryPairs.summary(world.size(), Affinity.of(world, s.history())));
        List<Object> imputed = new ArrayList<>();
        for (Imputation im : world.imputations()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("iso3", im.iso3());
            e.put("field", im.field());
            e.put("value", im.value());
            e.put("rule", im.rule());
            imputed.add(e);
        }
        m.put("imputations", imputed);
        m.put("outputs", info.outputs());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("started_at", info.startedAt());
        timing.put("wall_time_ms", info.wallTimeMs());
        m.put("timing", timing);
        OutputFiles.replaceString(file, JSON.writeValueAsString(m) + "\n");
    }

    /** Caveats of the roll calls this scenario uses (ES-11-5's unresolved abstain/absent split). */
    private static List<String> dataNotes(Scenario s, World world) {
        TreeSet<String> used = new TreeSet<>();
        s.history().forEach(h -> used.add(h.rollcall()));
        for (ModelSpec.Shock sh : s.shocks()) {
            if (sh instanceof ModelSpec.RollCallShock r && r.rollcall() != null) {
                used.add(r.rollcall());
            }
        }
        List<String> notes = new ArrayList<>();
        for (String id : used) {
            RollCall rc = world.rollCall(id).orElseThrow();
            if (!rc.splitResolved()) {
                notes.add(id + ": the data do not separate abstentions from absences; every member that voted neither"
                        + " yes nor no is recorded as abstaining (" + rc.count(realign.world.Vote.A) + " members; official "
                        + rc.abstain() + " abstain, " + rc.absent() + " absent). See data/unga/SOURCES.md.");
            }
        }
        return notes;
    }

    /** The commit of the realign checkout this code runs from, if it is one (looked up once per JVM). */
    static String gitCommit() {
        return GitCommit.VALUE.join();
    }

    /**
     * Starts looking up the git commit on another thread (it runs {@code git}, some tens of milliseconds), so
     * that it is known by the time the manifest is written.
     */
    public static void lookUpGitCommitEarly() {
        GitCommit.VALUE.isDone();
    }

    private static final class GitCommit {
        static final java.util.concurrent.CompletableFuture<String> VALUE =
                java.util.concurrent.CompletableFuture.supplyAsync(Manifest::lookUpGitCommit);
    }

    private static String lookUpGitCommit() {
        try {
            Path code = Path.of(Manifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = code.getParent() == null ? null : code.getParent().getParent();
            if (home == null || !Files.exists(home.resolve(".git"))) { // a folder, or a file in a git worktree
                return null;
            }
            Process p = new ProcessBuilder("git", "-C", home.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException | InterruptedException | java.net.URISyntaxException | SecurityException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }
}
