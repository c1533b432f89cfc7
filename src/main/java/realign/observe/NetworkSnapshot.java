package realign.observe;

import java.util.List;

/**
 * The alliance network at one round, for GraphML: countries as nodes, ties as weighted edges
 * (a &lt; b, in index order).
 */
public record NetworkSnapshot(int round, List<Node> nodes, List<Edge> edges) {

    public NetworkSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Node(String iso3, String name, String region, String bloc, double capability, double trustInUsa) {}

    public record Edge(int a, int b, double weight, boolean multilateral, boolean formedSinceStart) {}
}
