package realign.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of model parameters (docs/model.md, "Parameters"; docs/scenarios.md). */
public final class Params {

    private Params() {}

    private static final double INF = Double.MAX_VALUE;

    private static Param p(String name, String symbol, double def, double min, double max, String meaning) {
        return new Param(name, symbol, def, min, max, false, false, meaning);
    }

    private static Param open(String name, String symbol, double def, double min, double max, String meaning) {
        return new Param(name, symbol, def, min, max, true, false, meaning);
    }

    /** A whole-number parameter in [min, max]. */
    private static Param whole(String name, String symbol, int def, int min, int max, String meaning) {
        return new Param(name, symbol, def, min, max, false, true, meaning);
    }

    /** Every parameter, in the order of docs/model.md. */
    public static final List<Param> ALL = List.of(
            p("ties.defensePact", "w_pact", 1.0, 0, 1, "tie strength of a defense pact or a common defense alliance (NATO, CSTO, Rio Treaty)"),
            p("ties.entente", "w_entente", 0.6, 0, 1, "tie strength of an entente treaty"),
            p("ties.euPair", "w_eu", 0.6, 0, 1, "tie strength between two EU members (TEU 42.7)"),
            p("ties.strategicPartnership", "w_partner", 0.4, 0, 1, "tie strength of a strategic partnership"),
            p("ties.consultative", "w_consult", 0.25, 0, 1, "tie strength of a common consultative group (G7, QUAD, AUKUS, ...)"),
            p("ties.institutional", "g", 0.15, 0, 1, "institutional link of a common political or economic group or a neutrality treaty"),
            p("prior.beta0", "β0", 0.0, -20, 20, "intercept of the prior trust logit"),
            p("prior.betaTie", "βW", 2.0, -20, 20, "weight of closeness H in the prior trust logit"),
            p("prior.betaAffinity", "βA", 1.5, -20, 20, "weight of vote affinity in the prior trust logit"),
            p("prior.betaDemocracy", "βD", 0.5, -20, 20, "weight of democracy similarity in the prior trust logit"),
            open("proximity.lengthKm", "L", 3000, 0, 40000, "distance scale of proximity exp(-g/L), km"),
            p("shock.salience", "s", 0.35, 0, 10, "salience of a shock that does not set its own"),
            p("shock.betrayalAmplification", "κB", 1.0, 0, 10, "extra weight of a vote by an ally, per unit of tie strength"),
            p("shock.dependenceAmplification", "κX", 1.0, 0, 10,
                    "extra weight of a tariff on a target, per unit of the target's trade share with the actor"),
            p("shock.affinityLearning", "λ", 0.2, 0, 10, "affinity learning rate per unit of salience (λs clipped to 1)"),
            open("shock.reliableAgree", "q_r(agree)", 0.90, 0, 1, "P(agree | partner reliable)"),
            open("shock.reliablePartial", "q_r(partial)", 0.08, 0, 1, "P(one abstains | partner reliable)"),
            open("shock.reliableOppose", "q_r(oppose)", 0.02, 0, 1, "P(oppose | partner reliable)"),
            open("shock.unreliableAgree", "q_u(agree)", 0.40, 0, 1, "P(agree | partner unreliable)"),
            open("shock.unreliablePartial", "q_u(partial)", 0.30, 0, 1, "P(one abstains | partner unreliable)"),
            open("shock.unreliableOppose", "q_u(oppose)", 0.30, 0, 1, "P(oppose | partner unreliable)"),
            p("trust.reversion", "ρ", 0.02, 0, 1, "pull of trust towards its prior per round (memory)"),
            p("trust.influence", "μ", 0.1, 0, 1, "pull of trust towards the views of one's allies and partners per round"),
            p("trust.noise", "σ", 0.0, 0, 1, "standard deviation of the per-round trust noise"),
            open("trust.epsilon", "ε", 1e-6, 0, 0.01, "trust is kept in [ε, 1-ε]"),
            p("renegotiation.dropThreshold", "T_drop", 0.25, 0, 1, "a tie is dissolved when either side's trust falls below this"),
            p("renegotiation.deficitTolerance", "δ", 0.05, 0, 1, "a country seeks partners when its deficit exceeds this share of its need"),
            p("renegotiation.alphaTrust", "αT", 1.0, 0, 100, "weight of trust in compatibility"),
            p("renegotiation.alphaAffinity", "αA", 1.0, 0, 100, "weight of vote affinity in compatibility"),
            p("renegotiation.alphaProximity", "αP", 0.5, 0, 100, "weight of proximity in compatibility"),
            p("renegotiation.formThreshold", "u_form", 0.3, -1000, 1000, "both sides' compatibility must exceed this for a tie to form"),
            open("renegotiation.newTie", "w_new", 0.4, 0, 1, "strength of a newly formed tie, and strength a deepening adds"),
            p("renegotiation.reach", "ζ", 0.3, 0, 1, "share of a partner's capability that reaches any distance"),
            p("renegotiation.minValue", "v_min", 0.01, 0, INF, "smallest pair value for which a tie forms"),
            p("renegotiation.upkeep", "κ", 0.005, 0, 1, "upkeep of an agreement (a new tie or a deepening) per side and round; both sides' net gain must not be negative"),
            p("renegotiation.deepenCap", "W_cap", 1.6, 0, 10, "largest strength a security tie reaches by deepening (0: no deepening)"),
            whole("renegotiation.cooldown", "R", 12, 0, 1000, "rounds after an agreement before the same pair can deepen that layer again"),
            whole("renegotiation.agreementsPerRound", "k_A", 1, 1, 1000,
                    "most agreements a country makes per layer and round; each is capped by the deficit the earlier ones left"),
            p("renegotiation.deepenTrust", "ψ", 0.9, 0, 1,
                    "a security tie is deepened only while each side trusts the other at least this share of its round-0 trust"),
            p("renegotiation.betrayalMemory", "φ", 1.0, 0, 10, "a partner trusted less than at round 0 counts for (T/T(0))^φ of its security gain"),
            whole("renegotiation.negotiationMonths", "d", 0, 0, 120,
                    "rounds between deciding an agreement and signing it; it is signed only if both net gains are still not negative"),
            p("economy.gdpElasticity", "a_Y", 1.0, 0, 3, "GDP elasticity of gravity trade (Head & Mayer 2014, Table 4: about 1)"),
            p("economy.distanceElasticity", "θ", 0.93, 0, 5, "distance elasticity of gravity trade, as a positive number (Head & Mayer 2014, Table 4: 0.93)"),
            p("economy.tradeElasticity", "ε", 5.0, 0, 20, "trade elasticity: a tariff at rate r multiplies trade with the actor by (1+r)^-ε"),
            p("economy.agreementEffect", "β_E", 0.18, 0, 5, "gravity effect of one level of agreement depth: trade × exp(β_E·E); an FTA (depth 2) gives exp(0.36), Head & Mayer 2014, Table 4"),
            p("economy.newAgreement", "e_new", 2, 0, 10, "depth of a new trade agreement, and depth a deepening adds (2 = a free trade agreement)"),
            p("economy.deepenCap", "E_cap", 4, 0, 10, "largest depth an economic tie reaches by deepening (0: no deepening)"),
            p("economy.trustWeight", "ω", 0.25, 0, 1, "weight of trust in the economic gain (1 − ω + ω·T); security uses T itself"),
            p("economy.deficitTolerance", "δ_E", 0.05, 0, 1, "a country seeks trade agreements when its economic deficit exceeds this share of its economic need"),
            p("economy.trustFloor", "T_E", 0.1, 0, 1, "both sides' trust must be at least this for a trade agreement"),
            whole("economy.shockMonths", "h_E", 0, 0, 120,
                    "rounds, from a tariff that raises a rate on a country, in which it seeks trade agreements whenever its economic deficit is positive (0: only δ_E)"),
            whole("blocs.max", "B_max", 4, 1, 26, "number of bloc labels (plus unaligned)"),
            p("blocs.etaTie", "ηW", 1.0, -100, 100, "weight of the tie in the landscape propensity"),
            p("blocs.etaAffinity", "ηA", 1.0, -100, 100, "weight of vote affinity in the landscape propensity"),
            whole("balancing.lag", "k_B", 3, 1, 10000,
                    "rounds in a row a country must seek partners before it raises its own military spending"),
            p("balancing.rate", "r_B", 0.01, 0, 0.02, "largest growth of a balancing country's military spending per round"),
            p("balancing.cap", "m_B", 1.75, 1, 10, "military spending stays at most this multiple of its round-0 value"));

    private static final Map<String, Param> BY_NAME = new LinkedHashMap<>();

    static {
        for (Param p : ALL) {
            BY_NAME.put(p.name(), p);
        }
    }

    public static Param get(String name) {
        return BY_NAME.get(name);
    }

    public static Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Param p : ALL) {
            m.put(p.name(), p.defaultValue());
        }
        return m;
    }
}
