package realign.model;

/**
 * Where each tie comes from, for the structural shocks leave, join and agreement (docs/model.md §2b). A tie W_ij
 * is the strongest of its live sources: each group both countries belong to (at the group's tie strength;
 * multilateral for a defense alliance or the EU), the treaties between them (§1), the agreements they signed
 * during the run, and a tie renegotiation formed (§3.3). A dissolution (§3.3) ends every source the pair had at
 * that moment; a source established later counts again. Leaving a group removes that group as a source of the
 * leaver's ties with its other members, and each such tie is recomputed from the sources that remain. A deepening
 * (§3.3, {@code strengthened}) is not a source: a join or an agreement never lowers a tie, so a deepened tie keeps
 * its depth through them, but a leave recomputes the pair's tie from its sources and the deepening step is lost.
 *
 * <p>Sources are ordered by a counter of tie events, not by round, because a join (shock phase) and a
 * dissolution (renegotiation) can happen in the same round. The events renegotiation logged are taken in at the
 * start of the next shock phase, before its first shock: nothing changes W between renegotiation and that point,
 * and the shocks that read the sources run only in the shock phase, so a leave in the round after a tie formed
 * sees it (tested), and the counter still orders that round's renegotiation after its shocks. Allocated only for
 * runs with structural shocks; allocation-free afterwards.
 */
final class TieSources {

    private final AllianceModel m;
    private final int n;
    private final int groups;
    private final double[] groupTie;
    private final boolean[] groupMultilateral;
    /** current membership, group-major */
    private final boolean[] member;
    /** when each membership began (0 for round 0), group-major */
    private final int[] memberSince;
    private final double[] treaty;
    /** pair arrays below are indexed by lower·n + higher */
    private final double[] agreement;
    private final int[] agreementSince;
    private final double[] formed;
    private final int[] formedSince;
    /** the counter value of the pair's last dissolution; sources established at or before it are void */
    private final int[] voidUpTo;
    private int clock;

    TieSources(AllianceModel m) {
        this.m = m;
        this.n = m.n;
        ModelInput in = m.input;
        this.groups = in.groupIds.length;
        this.groupTie = in.groupTie;
        this.groupMultilateral = in.groupMultilateral;
        this.member = in.member.clone();
        this.memberSince = new int[groups * n];
        this.treaty = in.treatyTie;
        this.agreement = new double[n * n];
        this.agreementSince = new int[n * n];
        this.formed = new double[n * n];
        this.formedSince = new int[n * n];
        this.voidUpTo = new int[n * n];
        java.util.Arrays.fill(voidUpTo, -1);
    }

    /** Takes in the tie events renegotiation logged last round: dissolutions void sources, formations add one. */
    void absorb(TieLog log) {
        for (int e = 0; e < log.size(); e++) {
            int p = log.a(e) * n + log.b(e);
            TieEvent k = log.kind(e);
            if (k == TieEvent.DISSOLVED) {
                voidUpTo[p] = ++clock;
            } else if (k == TieEvent.FORMED) {
                formed[p] = m.tie[p];
                formedSince[p] = ++clock;
            }
        }
    }

    /** Applies a leave, join or agreement and logs one event per pair it concerns, with the tie after it. */
    void apply(ModelInput.StructuralChange c) {
        switch (c.kind()) {
            case LEAVE -> {
                member[c.group() * n + c.a()] = false;
                members(c, TieEvent.LEFT);
            }
            case JOIN -> {
                member[c.group() * n + c.a()] = true;
                memberSince[c.group() * n + c.a()] = ++clock;
                members(c, TieEvent.JOINED);
            }
            case AGREEMENT -> {
                int p = pair(c.a(), c.b());
                double previous = agreementSince[p] > voidUpTo[p] ? agreement[p] : 0;
                agreement[p] = Math.max(previous, c.weight());
                agreementSince[p] = ++clock;
                recompute(c.a(), c.b(), TieEvent.SIGNED);
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
    }

    private void members(ModelInput.StructuralChange c, TieEvent event) {
        int row = c.group() * n;
        for (int j = 0; j < n; j++) {
            if (member[row + j] && j != c.a()) {
                recompute(c.a(), j, event);
            }
        }
    }

    /** W_ij and M_ij from the live sources of the pair; logs {@code event} with the new W. */
    private void recompute(int x, int y, TieEvent event) {
        int i = Math.min(x, y);
        int j = Math.max(x, y);
        int p = i * n + j;
        int dead = voidUpTo[p];
        double w = 0;
        boolean multi = false;
        if (dead < 0) {
            w = treaty[p];
        }
        if (agreementSince[p] > dead) {
            w = Math.max(w, agreement[p]);
        }
        if (formedSince[p] > dead) {
            w = Math.max(w, formed[p]);
        }
        for (int g = 0; g < groups; g++) {
            int gi = g * n + i;
            int gj = g * n + j;
            if (member[gi] && member[gj] && Math.max(memberSince[gi], memberSince[gj]) > dead) {
                w = Math.max(w, groupTie[g]);
                multi |= groupMultilateral[g];
            }
        }
        if (event != TieEvent.LEFT) {
            // join and agreement only add sources: the tie never falls, a deepened tie keeps its depth
            if (m.tie[p] > w) {
                w = m.tie[p];
            }
            multi |= m.multilateral[p];
        }
        multi &= w > 0;
        m.setTie(i, j, w, multi);
        m.log.add(i, j, event, w);
    }

    private int pair(int a, int b) {
        return Math.min(a, b) * n + Math.max(a, b);
    }
}
