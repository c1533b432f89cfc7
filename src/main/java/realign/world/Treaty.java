package realign.world;

/** A bilateral instrument from {@code treaties.csv}; {@code kind} is one of the four kinds documented there. */
public record Treaty(String a, String b, String kind, int since, String name) {}
