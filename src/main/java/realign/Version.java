package realign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The realign version (from the build) and the model version (docs/model.md). */
public final class Version {

    /** The model specification this code implements (docs/model.md). */
    public static final String MODEL = "v2";

    private Version() {}

    public static String realign() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/realign/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
