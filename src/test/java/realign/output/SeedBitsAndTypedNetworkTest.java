package realign.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import realign.cli.Cli;

/** Two properties users depend on that a glance at the files would not show. */
class SeedBitsAndTypedNetworkTest {

    @Test
    void seedsThatDifferOnlyInTheirHigh32BitsGiveDifferentRuns(@TempDir Path tmp) throws Exception {
        // MASON's MersenneTwisterFast(long) keeps only the low 32 bits of a seed; realign seeds it with all 64
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Cli.runOk("scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--rounds", "2", "--seed", "5",
                "--out", a.toString());
        Cli.runOk("scenarios/us-vote-2025.yaml", "--set", "trust.noise=0.01", "--rounds", "2", "--seed",
                Long.toString((1L << 32) + 5), "--out", b.toString());
        assertThat(Files.readAllBytes(b.resolve("countries.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("countries.csv")));
    }

    @Test
    void everyValueOfADoubleTypedGraphMlKeyParsesAsADouble(@TempDir Path tmp) throws Exception {
        // networkx and Gephi convert each value by its key's type: an "NA" in a double key breaks them
        Path run = tmp.resolve("run");
        Cli.runOk("scenarios/us-vote-2025.yaml", "--rounds", "2", "--out", run.toString());
        for (String f : new String[] {"network-round-0.graphml", "network-round-2.graphml"}) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.resolve(f).toFile());
            NodeList keys = doc.getElementsByTagName("key");
            java.util.Set<String> doubles = new java.util.HashSet<>();
            for (int k = 0; k < keys.getLength(); k++) {
                Element key = (Element) keys.item(k);
                if (key.getAttribute("attr.type").equals("double")) {
                    doubles.add(key.getAttribute("id"));
                }
            }
            assertThat(doubles).isNotEmpty();
            NodeList data = doc.getElementsByTagName("data");
            int checked = 0;
            for (int k = 0; k < data.getLength(); k++) {
                Element d = (Element) data.item(k);
                if (doubles.contains(d.getAttribute("key"))) {
                    assertThat(Double.parseDouble(d.getTextContent())).as(f).isFinite();
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(193);
        }
    }
}
