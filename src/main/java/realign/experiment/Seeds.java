package realign.experiment;

/**
 * Seeds of the runs of a sweep, derived from the master seed and the run's (point, replicate) index, never
 * from time: a Weyl step of the index followed by the SplitMix64 finaliser (a bijection), with the sign bit
 * cleared so that seeds are non-negative. Two runs of a sweep could share a seed only with odds of about
 * 2^-63 per pair; the sweep runner checks that they do not.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /** How seeds are assigned to replicates. */
    public enum Rule {
        /** every (point, replicate) has its own seed */
        INDEPENDENT,
        /** replicate r has the same seed at every point (common random numbers) */
        COMMON
    }

    /** The seed of replicate {@code replicate} of point {@code point} (replicates per point: {@code replicates}). */
    public static long derive(long master, long point, int replicate, int replicates, Rule rule) {
        long index = rule == Rule.COMMON ? replicate : point * replicates + replicate;
        return mix(master + GOLDEN * (index + 1)) & Long.MAX_VALUE;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014), a bijection on 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
