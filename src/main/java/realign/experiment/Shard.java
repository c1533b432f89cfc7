package realign.experiment;

/** Which runs a shard of a sweep owns: run i belongs to shard {@code i mod count} (index is 0-based). */
public record Shard(int index, int count) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    public boolean owns(int run) {
        return run % count == index;
    }

    /** "i/n" with i counted from 1, as on the command line. */
    @Override
    public String toString() {
        return (index + 1) + "/" + count;
    }
}
