package realign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The citation metadata and the documents a reader follows: present, consistent, and pointing at real files. */
class ProjectDocsTest {

    private static final Path CFF = Path.of("CITATION.cff");

    /** CITATION.cff read as YAML (SnakeYAML, as the scenario reader) and turned into a JSON tree. */
    private static JsonNode cff() throws IOException {
        Object yaml = new org.yaml.snakeyaml.Yaml().load(Files.readString(CFF));
        return new ObjectMapper().valueToTree(yaml);
    }

    @Test
    void citationCffHasTheRequiredFieldsOfCff120AndTheBuildsVersion() throws IOException {
        JsonNode cff = cff();

        assertThat(cff.path("cff-version").asText()).isEqualTo("1.2.0");
        assertThat(cff.path("message").asText()).isNotBlank();
        assertThat(cff.path("title").asText()).startsWith("realign");
        assertThat(cff.path("authors").isArray()).isTrue();
        assertThat(cff.path("authors")).isNotEmpty().allSatisfy(a -> assertThat(
                a.path("name").asText() + a.path("family-names").asText()).isNotBlank());
        assertThat(cff.path("type").asText()).isEqualTo("software");
        assertThat(cff.path("version").asText()).isEqualTo(Version.realign());
        assertThat(cff.path("license").asText()).isEqualTo("Apache-2.0");
    }

    @Test
    void readmesBibtexIsTheOneCitationCffImplies() throws IOException {
        JsonNode cff = cff();
        String readme = Files.readString(Path.of("README.md"));

        Matcher bib = Pattern.compile("```bibtex\\n(@software\\{.*?\\n\\})\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(bib.find()).as("a BibTeX block in README.md").isTrue();
        assertThat(bib.group(1)).contains("title   = {" + cff.path("title").asText() + "}",
                "version = {" + cff.path("version").asText() + "}",
                "author  = {{" + cff.path("authors").get(0).path("name").asText() + "}}",
                "license = {" + cff.path("license").asText() + "}");
    }

    /** Relative links of README.md and docs/*.md resolve to files of the repository. */
    @Test
    void everyRelativeLinkOfTheDocumentsPointsAtAFileOfTheRepository() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = link.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                Path resolved = doc.toAbsolutePath().getParent().resolve(target).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(doc + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The v1 specification and the developer documents are not shipped: no page sends a reader to them as files. */
    @Test
    void noDocumentRefersToFilesOutsideTheRepository() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        for (Path doc : docs) {
            assertThat(Files.readString(doc)).as(doc.toString()).doesNotContain("../shared/", "/work/",
                    "MODEL.md", "STYLE.md");
        }
    }
}
