package realign.world;

import java.util.List;

/** A grouping from {@code groups.csv} (NATO, EU, AU, ...) with its kind and members in file order. */
public record Group(String id, String kind, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }
}
