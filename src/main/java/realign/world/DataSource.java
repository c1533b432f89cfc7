package realign.world;

/** A data file a run read, with its SHA-256, for the manifest. */
public record DataSource(String name, String location, String sha256, long bytes) {}
