package onestop.opportunities.socialvalue;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.CharterMeasure;
import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.Commitment;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * A measure of the fixed catalogue of Birmingham Business Charter measures with units (seeded by V31, never changed
 * through the API): commitments and reports name one by code, so that what is delivered adds up against what was
 * committed in the same unit.
 */
@Entity
@Table(name = "social_value_measure")
public class SocialValueMeasure extends PanacheEntityBase {

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public CharterTheme theme;
    public String name;
    public String unit;
    public int position;

    public static List<CharterMeasure> catalogue() {
        return SocialValueMeasure.<SocialValueMeasure>list("order by position").stream()
                .map(m -> new CharterMeasure(m.code, m.theme, m.name, m.unit)).toList();
    }

    /** Each commitment's measure code, when it names one, is in the catalogue under the commitment's theme. */
    public static void checkCommitments(List<Commitment> commitments) {
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            check(c.theme(), c.measureCode(), "socialValueCommitments[" + i + "].");
        }
    }

    /** A measure code is optional (free text stays allowed); one given must exist and belong to the theme given. */
    static void check(CharterTheme theme, String code, String prefix) {
        if (code == null) {
            return;
        }
        SocialValueMeasure m = findById(code);
        if (m == null) {
            throw new RuleViolation("There is no measure " + code + " in the catalogue.", List.of(
                    new Problem.FieldError(prefix + "measureCode", FieldCodes.UNKNOWN, "is not in the catalogue")));
        }
        if (m.theme != theme) {
            throw new RuleViolation("The measure " + code + " is under the theme " + m.theme + ".", List.of(
                    new Problem.FieldError(prefix + "theme", FieldCodes.INVALID, "must be " + m.theme
                            + ", the theme of measure " + code)));
        }
    }
}
