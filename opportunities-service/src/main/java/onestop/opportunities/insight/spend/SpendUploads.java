package onestop.opportunities.insight.spend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.SpendUploadView;
import onestop.opportunities.insight.awards.Quarters;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.PayloadTooLarge;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.time.WorkingDayCalendar;

/**
 * A buyer's quarterly spend uploads: all or nothing (one rejected row and nothing is loaded, every rejected row
 * reported), and a re-upload of the same buyer and quarter replaces the earlier one in the same transaction.
 */
@ApplicationScoped
public class SpendUploads {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** The answer and whether it replaced an earlier upload of the quarter. */
    public record Loaded(SpendUploadView upload, boolean replaced) {
    }

    @Transactional
    public Loaded upload(String quarter, String csv) {
        String buyer = caller.requireOrganisation();
        if (!Quarters.isQuarter(quarter)) {
            throw new InvalidInput("The quarter is not valid.", List.of(
                    new Problem.FieldError("quarter", FieldCodes.PATTERN, "must be a quarter, like 2026-Q2")));
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE));
        if (Quarters.firstDay(quarter).isAfter(today)) {
            throw new RuleViolation("A quarter that has not started has no payments yet.", List.of(
                    new Problem.FieldError("quarter", FieldCodes.OUT_OF_RANGE, "must have started")));
        }
        if (csv == null || csv.length() > SpendTemplate.MAX_CHARS) {
            throw new PayloadTooLarge("A spend upload is at most 10 MB.");
        }
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        checkHeader(rows);
        if (rows.size() - 1 > SpendTemplate.MAX_ROWS) {
            throw new PayloadTooLarge("A spend upload holds at most " + SpendTemplate.MAX_ROWS + " payments.");
        }
        SpendRows.Checked checked = new SpendRows(buyer, quarter, today).check(rows);
        if (!checked.errors().isEmpty()) {
            long rejected = checked.errors().stream().map(e -> e.field().substring(0, e.field().indexOf(']')))
                    .distinct().count();
            throw new RuleViolation(rejected + " rows were rejected; nothing was loaded. Correct them and upload"
                    + " the whole file again.", checked.errors());
        }
        // one upload of a buyer's quarter at a time: a second waits here, then replaces this one whole
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "spend:" + buyer + ":" + quarter)
                .getSingleResult();
        long replaced = SpendUpload.delete("buyer = ?1 and quarter = ?2", buyer, quarter);
        em.flush();
        SpendUpload upload = new SpendUpload();
        upload.id = UUID.randomUUID();
        upload.buyer = buyer;
        upload.quarter = quarter;
        upload.rowCount = checked.payments().size();
        upload.totalPence = checked.payments().stream().mapToLong(SpendRows.Payment::amountPence).sum();
        upload.uploadedAt = clock.instant();
        upload.uploadedBy = caller.subject();
        upload.persist();
        em.flush();
        checked.payments().forEach(p -> SpendPayment.of(upload.id, p).persist());
        return new Loaded(upload.view(), replaced > 0);
    }

    /** The caller's uploads (an admin's: everyone's), newest quarter first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpendUploadView> list() {
        List<SpendUpload> uploads = caller.hasRole(Roles.ADMIN)
                ? SpendUpload.list("order by quarter desc, buyer")
                : SpendUpload.list("buyer = ?1 order by quarter desc", caller.requireOrganisation());
        return uploads.stream().map(SpendUpload::view).toList();
    }

    private static void checkHeader(List<CsvRows.Row> rows) {
        List<String> header = rows.isEmpty() ? List.of()
                : rows.get(0).cells().stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!header.equals(SpendTemplate.COLUMNS)) {
            throw new RuleViolation("The first line must be the template's header; nothing was loaded.", List.of(
                    new Problem.FieldError("rows[1]", FieldCodes.INVALID, "must be the columns "
                            + String.join(",", SpendTemplate.COLUMNS))));
        }
    }
}
