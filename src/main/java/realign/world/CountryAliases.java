package realign.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Other ways of writing a country ({@code data/world/aliases.csv}: ISO 3166-1 alpha-2 codes, ISO names, common
 * English names and short forms such as {@code UK}, {@code South Korea}, {@code DR Congo}) and the ISO3 code
 * each stands for. Used only to suggest the right code in an error message: a scenario that writes {@code UK}
 * is refused with "did you mean 'GBR'?", never read as a look-alike code such as {@code UKR}.
 */
public final class CountryAliases {

    /** One alias: as written in the table, the ISO3 code it stands for, and where it comes from. */
    public record Alias(String alias, String iso3, String kind) {}

    private static final String FILE = "/realign/data/world/aliases.csv";

    private CountryAliases() {}

    private static final class Holder {
        static final Map<String, Alias> BY_KEY = load();
    }

    /** The alias that {@code text} matches (ignoring case, accents, spaces and punctuation), if any. */
    public static Optional<Alias> find(String text) {
        return Optional.ofNullable(Holder.BY_KEY.get(key(text)));
    }

    /**
     * The hint for an unknown country code that is an alias or a mis-cased ISO3 code, such as
     * {@code " (did you mean 'GBR'? 'UK' is the United Kingdom)"}, or empty when {@code text} is neither.
     *
     * @param nameOf the display name of a member by ISO3 code, or null when the code is not a member
     */
    public static Optional<String> hint(String text, Function<String, String> nameOf) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (!upper.equals(text) && nameOf.apply(upper) != null) {
            return Optional.of(" (did you mean '" + upper + "'? ISO3 codes are upper case)");
        }
        Optional<Alias> a = find(text);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        String iso3 = a.get().iso3();
        String name = nameOf.apply(iso3);
        if (name == null) {
            return Optional.of(" ('" + text + "' is " + iso3 + ", which is not one of the UN member states"
                    + " in the data set)");
        }
        String what = a.get().kind().equals("iso2") ? "the ISO2 code of " + name : name;
        return Optional.of(" (did you mean '" + iso3 + "'? '" + text + "' is " + what + "; write ISO3 codes)");
    }

    /** Lower-case ASCII letters and digits only: "Côte d'Ivoire" and "cote-divoire" match. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, Alias> load() {
        try (InputStream in = CountryAliases.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the classpath: " + FILE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            Map<String, Alias> out = new HashMap<>();
            try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
                for (CSVRecord r : p) {
                    Alias a = new Alias(r.get("alias"), r.get("iso3"), r.get("kind"));
                    Alias old = out.putIfAbsent(key(a.alias()), a);
                    if (old != null && !old.iso3().equals(a.iso3())) {
                        throw new IllegalStateException(FILE + ": alias '" + a.alias() + "' means both "
                                + old.iso3() + " and " + a.iso3());
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
