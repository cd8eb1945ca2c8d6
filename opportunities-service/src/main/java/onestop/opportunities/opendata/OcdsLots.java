package onestop.opportunities.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.Lot;

/**
 * A notice's lots as OCDS writes them ({@code tender.lots[]} with {@code value.amountGross} and
 * {@code awardCriteria.criteria[]} weighted by {@code numbers[].weight = percentageExact}, as Find a Tender
 * publishes them) and reads them back from an imported release. OCDS's criterion types are price, cost and
 * quality: social value is a quality criterion here, told apart by its name.
 */
final class OcdsLots {

    private OcdsLots() {
    }

    static void write(ObjectNode tender, List<Lot> lots, String status) {
        if (lots.isEmpty()) {
            return;
        }
        ArrayNode array = tender.putArray("lots");
        for (Lot lot : lots) {
            ObjectNode node = array.addObject().put("id", lot.id());
            if (lot.title() != null) {
                node.put("title", lot.title());
            }
            if (lot.description() != null && !lot.description().isBlank()) {
                node.put("description", lot.description());
            }
            if (lot.valuePence() != null || lot.valueGrossPence() != null) {
                ObjectNode value = node.putObject("value").put("currency", "GBP");
                if (lot.valuePence() != null) {
                    value.put("amount", BigDecimal.valueOf(lot.valuePence(), 2));
                }
                if (lot.valueGrossPence() != null) {
                    value.put("amountGross", BigDecimal.valueOf(lot.valueGrossPence(), 2));
                }
            }
            node.put("status", status);
            if (!lot.criteria().isEmpty()) {
                ArrayNode criteria = node.putObject("awardCriteria").putArray("criteria");
                for (AwardCriterion c : lot.criteria()) {
                    ObjectNode criterion = criteria.addObject()
                            .put("type", c.kind() == AwardCriterion.Kind.PRICE ? "price" : "quality")
                            .put("name", c.name());
                    if (c.description() != null && !c.description().isBlank()) {
                        criterion.put("description", c.description());
                    }
                    criterion.putArray("numbers").addObject().put("number", c.weight()).put("weight", "percentageExact");
                }
            }
        }
    }

    /**
     * The lots after a later release of the same procurement, merged by id as OCDS merges: a field the later
     * release gives replaces the earlier one, a field it leaves out stays, a lot it does not name stays.
     */
    static List<Lot> merge(List<Lot> earlier, List<Lot> later) {
        List<Lot> merged = new ArrayList<>(earlier);
        for (Lot lot : later) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                at = merged.get(i).id().equals(lot.id()) ? i : at;
            }
            if (at < 0) {
                merged.add(lot);
            } else {
                Lot was = merged.get(at);
                merged.set(at, new Lot(lot.id(), or(lot.title(), was.title()), or(lot.description(), was.description()),
                        or(lot.valuePence(), was.valuePence()), or(lot.valueGrossPence(), was.valueGrossPence()),
                        lot.criteria().isEmpty() ? was.criteria() : lot.criteria()));
            }
        }
        return List.copyOf(merged);
    }

    private static <T> T or(T later, T earlier) {
        return later != null ? later : earlier;
    }

    /** The lots of an imported release's tender: ids kept, explicit nulls taken as absent, money exact. */
    static List<Lot> read(JsonNode tender) {
        List<Lot> lots = new ArrayList<>();
        for (JsonNode node : tender.path("lots")) {
            String id = text(node.path("id"));
            if (id == null) {
                continue;
            }
            JsonNode value = node.path("value");
            lots.add(new Lot(id, text(node.path("title")), text(node.path("description")), pence(value.path("amount")),
                    pence(value.path("amountGross")), criteria(node.path("awardCriteria").path("criteria"))));
        }
        return lots;
    }

    private static List<AwardCriterion> criteria(JsonNode criteria) {
        List<AwardCriterion> list = new ArrayList<>();
        for (JsonNode c : criteria) {
            Integer weight = null;
            for (JsonNode n : c.path("numbers")) {
                if ("percentageExact".equals(n.path("weight").asText()) && n.path("number").isNumber()) {
                    weight = n.path("number").asInt();
                }
            }
            String type = text(c.path("type"));
            String name = text(c.path("name"));
            if (name == null) {
                name = type == null ? "Criterion " + (list.size() + 1) : Character.toUpperCase(type.charAt(0)) + type.substring(1);
            }
            AwardCriterion.Kind kind = "price".equals(type) || "cost".equals(type) ? AwardCriterion.Kind.PRICE
                    : name.toLowerCase(Locale.ROOT).contains("social value") ? AwardCriterion.Kind.SOCIAL_VALUE
                    : AwardCriterion.Kind.QUALITY;
            list.add(new AwardCriterion(name, kind, weight, text(c.path("description"))));
        }
        return list;
    }

    private static Long pence(JsonNode amount) {
        return amount.isNumber() ? amount.decimalValue().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact() : null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
