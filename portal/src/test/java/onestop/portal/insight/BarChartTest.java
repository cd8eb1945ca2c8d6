package onestop.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import onestop.portal.insight.BarChart.Bar;

class BarChartTest {

    @Test
    void anAccessibleImageNamedDescribedAndLabelledWithEveryValueAsText() throws Exception {
        BarChart chart = BarChart.of("Applications received", "Licence type",
                List.of(new Bar("PREMISES", 12), new Bar("STREET_TRADING", 4.5), new Bar("HMO", 0)), "applications");

        String svg = chart.svg().getValue();
        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("100%");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 640 ");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Applications received");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(
                "Bar chart by licence type, in applications: PREMISES 12; STREET_TRADING 4.5; HMO 0.");
        String labelledBy = doc.getDocumentElement().getAttribute("aria-labelledby");
        for (String id : labelledBy.split(" ")) {
            assertThat(svg).contains("id=\"" + id + "\"");
        }
        List<String> texts = texts(doc);
        assertThat(texts).contains("Licence type", "PREMISES", "12", "STREET_TRADING", "4.5", "HMO", "0",
                "applications");
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(chart.unitHeading()).isEqualTo("Applications");
    }

    @Test
    void barsAreScaledToTheLargestValue() throws Exception {
        Document doc = parse(BarChart.of("t", List.of(new Bar("a", 10), new Bar("b", 5), new Bar("c", -3)), "u")
                .toString());
        int plot = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
        var rects = doc.getElementsByTagName("rect");
        assertThat(rects.item(0).getAttributes().getNamedItem("width").getNodeValue()).isEqualTo("" + plot);
        assertThat(rects.item(1).getAttributes().getNamedItem("width").getNodeValue()).isEqualTo("" + plot / 2);
        assertThat(rects.item(2).getAttributes().getNamedItem("width").getNodeValue()).isEqualTo("0");
    }

    @Test
    void whateverTheCallerGivesIsEscaped() throws Exception {
        String evil = "</text><script>alert('x')</script>& \"quoted\"";
        String svg = BarChart.of(evil, evil, List.of(new Bar(evil, 1)), evil).toString();
        assertThat(svg).doesNotContain("<script>");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(evil);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void noBarsSaysSo() throws Exception {
        Document doc = parse(BarChart.of("Nothing", List.of(), "applications").toString());
        assertThat(texts(doc)).contains("No figures for this period");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("No figures for this period.");
    }

    @Test
    void aBarIsANumber() {
        assertThatThrownBy(() -> new Bar("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        var nodes = doc.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }
}
