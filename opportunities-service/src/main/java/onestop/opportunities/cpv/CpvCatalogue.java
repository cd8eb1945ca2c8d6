package onestop.opportunities.cpv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** The CPV 2008 list (seeded by migration V2): checking the codes on a notice and looking codes up. */
@ApplicationScoped
public class CpvCatalogue {

    @Inject
    EntityManager em;

    /**
     * The full codes ({@code 45000000-7}) for codes given with or without check digit, in order, without
     * repeats; any code not in the list is refused naming its position under {@code field}.
     */
    public List<String> resolve(List<String> given, String field) {
        if (given == null) {
            return null;
        }
        List<String> digits = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<String> d = CpvCodes.digitsOf(given.get(i));
            if (d.isEmpty()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", FieldCodes.PATTERN,
                        "is not a CPV code such as 45000000-7"));
            }
            digits.add(d.orElse(""));
        }
        Map<String, String> known = fullCodes(digits);
        for (int i = 0; i < given.size(); i++) {
            String full = known.get(digits.get(i));
            if (!digits.get(i).isEmpty() && (full == null || (given.get(i).contains("-") && !full.equals(given.get(i).strip())))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", FieldCodes.NOT_ALLOWED,
                        "is not in the CPV 2008 list"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some CPV codes are not valid.", errors);
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        digits.forEach(d -> codes.add(known.get(d)));
        return List.copyOf(codes);
    }

    /** The full code for 8 digits, if they are in the list. */
    public Optional<String> fullCode(String digits) {
        return Optional.ofNullable(fullCodes(List.of(digits)).get(digits));
    }

    /** The description of each full code given. */
    @SuppressWarnings("unchecked")
    public Map<String, String> descriptions(java.util.Collection<String> codes) {
        Map<String, String> descriptions = new HashMap<>();
        if (!codes.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select code, description from cpv_code where code = any(?1)")
                    .setParameter(1, codes.toArray(String[]::new)).getResultList();
            rows.forEach(row -> descriptions.put(row[0].toString(), row[1].toString()));
        }
        return descriptions;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> fullCodes(List<String> digits) {
        Map<String, String> known = new HashMap<>();
        if (digits.isEmpty()) {
            return known;
        }
        List<Object[]> rows = em.createNativeQuery("select digits, code from cpv_code where digits = any(?1)")
                .setParameter(1, digits.toArray(String[]::new)).getResultList();
        rows.forEach(row -> known.put(row[0].toString(), row[1].toString()));
        return known;
    }

    /** Codes whose code starts with, or whose description contains the words of, {@code q}; all if blank. */
    @SuppressWarnings("unchecked")
    public PageView<CpvCodeView> lookUp(String q, PageRequest paging) {
        String text = q == null ? "" : q.strip();
        String where;
        Object parameter;
        if (text.isEmpty()) {
            where = "true";
            parameter = "";
        } else if (text.matches("\\d{1,8}(-\\d)?")) {
            where = "code like ?1";
            parameter = text + "%";
        } else {
            where = "to_tsvector('english', description) @@ plainto_tsquery('english', ?1)";
            parameter = text;
        }
        List<Object[]> rows = em.createNativeQuery("select code, description, count(*) over () from cpv_code where "
                + where + " order by code limit ?2 offset ?3")
                .setParameter(1, parameter).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        long total = rows.isEmpty() ? countAll(where, parameter) : ((Number) rows.get(0)[2]).longValue();
        return new PageView<>(rows.stream().map(r -> new CpvCodeView(r[0].toString(), r[1].toString())).toList(),
                paging.page(), paging.size(), total);
    }

    private long countAll(String where, Object parameter) {
        var query = em.createNativeQuery("select count(*) from cpv_code where " + where);
        if (where.contains("?1")) {
            query.setParameter(1, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
