package realign.model;

import java.util.Map;

/**
 * The model's parameters, resolved (defaults filled in). Names follow the
 * YAML names of the scenario files (docs/scenarios.md): {@code trust.reversion} is {@code trust().reversion()}.
 */
public record ModelParams(Ties ties, Prior prior, Proximity proximity, Shock shock, Trust trust,
                          Renegotiation renegotiation, Economy economy, Blocs blocs, Balancing balancing) {

    /** Initial tie strengths and institutional links (docs/model.md §1). */
    public record Ties(double defensePact, double entente, double euPair, double strategicPartnership,
                       double consultative, double institutional) {}

    /** Prior trust logit coefficients (§1). */
    public record Prior(double beta0, double betaTie, double betaAffinity, double betaDemocracy) {}

    /** Proximity scale (§1). */
    public record Proximity(double lengthKm) {}

    /** Bayesian shock update (§2). */
    public record Shock(double salience, double betrayalAmplification, double dependenceAmplification,
                        double affinityLearning,
                        double reliableAgree, double reliablePartial, double reliableOppose,
                        double unreliableAgree, double unreliablePartial, double unreliableOppose) {}

    /** Per-round trust dynamics (§3.2). */
    public record Trust(double reversion, double influence, double noise, double epsilon) {}

    /** Renegotiation (§3.3), with the upkeep, deepening and betrayal memory of model v2 (§3.3). */
    public record Renegotiation(double dropThreshold, double deficitTolerance, double alphaTrust,
                                double alphaAffinity, double alphaProximity, double formThreshold,
                                double newTie, double reach, double minValue, double upkeep, double deepenCap,
                                int cooldown, int agreementsPerRound, double deepenTrust,
                                double betrayalMemory, int negotiationMonths) {}

    /** The economic layer: gravity trade, trade agreements, tariffs (§1, §2, §3.3). */
    public record Economy(double gdpElasticity, double distanceElasticity, double tradeElasticity,
                          double agreementEffect, double newAgreement, double deepenCap, double trustWeight,
                          double deficitTolerance, double trustFloor, int shockMonths) {}

    /** Landscape blocs (§3.4). */
    public record Blocs(int max, double etaTie, double etaAffinity) {}

    /** Internal balancing (§3.3b): lag k_B, rate r_B per round, cap m_B on military spending. */
    public record Balancing(int lag, double rate, double cap) {}

    /** Builds the parameters from values keyed by their YAML names; every name must be present. */
    public static ModelParams of(Map<String, Double> v) {
        return new ModelParams(
                new Ties(get(v, "ties.defensePact"), get(v, "ties.entente"), get(v, "ties.euPair"),
                        get(v, "ties.strategicPartnership"), get(v, "ties.consultative"), get(v, "ties.institutional")),
                new Prior(get(v, "prior.beta0"), get(v, "prior.betaTie"), get(v, "prior.betaAffinity"),
                        get(v, "prior.betaDemocracy")),
                new Proximity(get(v, "proximity.lengthKm")),
                new Shock(get(v, "shock.salience"), get(v, "shock.betrayalAmplification"),
                        get(v, "shock.dependenceAmplification"), get(v, "shock.affinityLearning"),
                        get(v, "shock.reliableAgree"), get(v, "shock.reliablePartial"), get(v, "shock.reliableOppose"),
                        get(v, "shock.unreliableAgree"), get(v, "shock.unreliablePartial"), get(v, "shock.unreliableOppose")),
                new Trust(get(v, "trust.reversion"), get(v, "trust.influence"), get(v, "trust.noise"), get(v, "trust.epsilon")),
                new Renegotiation(get(v, "renegotiation.dropThreshold"), get(v, "renegotiation.deficitTolerance"),
                        get(v, "renegotiation.alphaTrust"), get(v, "renegotiation.alphaAffinity"),
                        get(v, "renegotiation.alphaProximity"), get(v, "renegotiation.formThreshold"),
                        get(v, "renegotiation.newTie"), get(v, "renegotiation.reach"), get(v, "renegotiation.minValue"),
                        get(v, "renegotiation.upkeep"), get(v, "renegotiation.deepenCap"),
                        (int) get(v, "renegotiation.cooldown"), (int) get(v, "renegotiation.agreementsPerRound"),
                        get(v, "renegotiation.deepenTrust"),
                        get(v, "renegotiation.betrayalMemory"),
                        (int) get(v, "renegotiation.negotiationMonths")),
                new Economy(get(v, "economy.gdpElasticity"), get(v, "economy.distanceElasticity"),
                        get(v, "economy.tradeElasticity"), get(v, "economy.agreementEffect"),
                        get(v, "economy.newAgreement"), get(v, "economy.deepenCap"),
                        get(v, "economy.trustWeight"), get(v, "economy.deficitTolerance"),
                        get(v, "economy.trustFloor"), (int) get(v, "economy.shockMonths")),
                new Blocs((int) get(v, "blocs.max"), get(v, "blocs.etaTie"), get(v, "blocs.etaAffinity")),
                new Balancing((int) get(v, "balancing.lag"), get(v, "balancing.rate"), get(v, "balancing.cap")));
    }

    private static double get(Map<String, Double> v, String name) {
        Double d = v.get(name);
        if (d == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return d;
    }
}
