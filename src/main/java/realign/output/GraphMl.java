package realign.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import realign.observe.Fmt;
import realign.observe.NetworkSnapshot;

/**
 * Writes a network snapshot as GraphML with typed attributes (opens in Gephi, networkx, igraph):
 * countries as nodes (id = ISO3), ties as undirected weighted edges.
 */
public final class GraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {}

    public static void write(Path file, NetworkSnapshot net) throws IOException {
        try (Writer out = OutputFiles.newWriter(file)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            key(x, "d0", "node", "iso3", "string");
            key(x, "d1", "node", "name", "string");
            key(x, "d2", "node", "region", "string");
            key(x, "d3", "node", "bloc", "string");
            key(x, "d4", "node", "capability", "double");
            key(x, "d5", "node", "trust_in_usa", "double");
            key(x, "e0", "edge", "weight", "double");
            key(x, "e1", "edge", "multilateral", "boolean");
            key(x, "e2", "edge", "new", "boolean");
            nl(x, 1);
            x.writeStartElement("graph");
            x.writeAttribute("id", "round-" + net.round());
            x.writeAttribute("edgedefault", "undirected");
            for (NetworkSnapshot.Node n : net.nodes()) {
                nl(x, 2);
                x.writeStartElement("node");
                x.writeAttribute("id", n.iso3());
                data(x, "d0", n.iso3());
                data(x, "d1", n.name());
                data(x, "d2", n.region());
                data(x, "d3", n.bloc());
                data(x, "d4", Fmt.num(n.capability()));
                if (!Double.isNaN(n.trustInUsa())) { // GraphML leaves a missing value out (networkx, Gephi)
                    data(x, "d5", Fmt.num(n.trustInUsa()));
                }
                x.writeEndElement();
            }
            for (NetworkSnapshot.Edge e : net.edges()) {
                nl(x, 2);
                x.writeStartElement("edge");
                x.writeAttribute("source", net.nodes().get(e.a()).iso3());
                x.writeAttribute("target", net.nodes().get(e.b()).iso3());
                data(x, "e0", Fmt.num(e.weight()));
                data(x, "e1", Boolean.toString(e.multilateral()));
                data(x, "e2", Boolean.toString(e.formedSinceStart()));
                x.writeEndElement();
            }
            nl(x, 1);
            x.writeEndElement();
            nl(x, 0);
            x.writeEndElement();
            nl(x, 0);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        nl(x, 1);
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
