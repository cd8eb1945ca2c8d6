package onestop.portal.procurement;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import onestop.opportunities.api.DirectAwardGround;

/** Schedule 5's grounds for a direct award in plain English, for the form's radios and the notice that names one. */
final class DirectAwardGrounds {

    /** One radio: the ground the form sends, and what the buyer reads. */
    @TemplateData
    record Choice(String name, String label) {
    }

    static final List<Choice> CHOICES = Arrays.stream(DirectAwardGround.values())
            .map(g -> new Choice(g.name(), label(g))).toList();

    private DirectAwardGrounds() {
    }

    /** In templates: {@code p.directAwardGround.label}. */
    @TemplateExtension
    static String label(DirectAwardGround ground) {
        return switch (ground) {
            case PROTOTYPE_OR_DEVELOPMENT ->
                "Research, experiment, study or development of a prototype or something new";
            case SINGLE_SUPPLIER_ARTISTIC ->
                "Only one supplier can provide it: a unique work of art or artistic performance";
            case SINGLE_SUPPLIER_TECHNICAL ->
                "Only one supplier can provide it for technical reasons, and there is no reasonable alternative";
            case SINGLE_SUPPLIER_EXCLUSIVE_RIGHTS ->
                "Only one supplier can provide it, because it holds exclusive rights such as intellectual property";
            case ADDITIONAL_OR_REPEAT ->
                "More of the same from the current supplier, where changing supplier would cause real problems";
            case COMMODITY -> "Goods bought on a commodity market";
            case ADVANTAGEOUS_TERMS ->
                "Particularly good terms from a supplier that is winding up or in administration";
            case EXTREME_URGENCY -> "Extreme and unavoidable urgency that you did not cause";
            case PROTECTING_LIFE -> "Protecting life, health or safety, under regulations made by a Minister";
            case USER_CHOICE -> "The choice of the person who receives a social care or similar service";
        };
    }
}
