package onestop.gateway.privacy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import onestop.gateway.GatewayConfig;
import onestop.gateway.account.AccountMail;
import onestop.gateway.account.UserAccount;
import onestop.gateway.api.DataExportView;
import onestop.gateway.routing.ServicePages;
import onestop.gateway.token.AccessTokens;
import onestop.platform.privacy.SubjectData;

/**
 * Puts a requested export together (ADR 0013): the gateway's own data, then each service's part, asked for with
 * a short-lived access token of the person it is for, so that each service applies its own ownership rules.
 * Started as soon as the request commits, and swept for every export due (after a restart, or a try that a
 * service did not answer). An export is claimed in its own transaction ({@code skip locked}, its next try moved
 * on), so two replicas never assemble one export twice. It is ready only when every part came: never a silently
 * partial copy. The ZIP is stored, the person emailed, and after 7 days {@link DataExportCleanUp} deletes it.
 */
@ApplicationScoped
public class DataExportAssembly {

    private static final Logger LOG = Logger.getLogger(DataExportAssembly.class);

    private final DataExportConfig config;
    private final GatewayConfig gateway;
    private final ServicePages pages;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Event<AccountMail> mails;
    private final String publicUrl;

    DataExportAssembly(DataExportConfig config, GatewayConfig gateway, ServicePages pages, AccessTokens tokens,
            Clock clock, Event<AccountMail> mails) {
        this.config = config;
        this.gateway = gateway;
        this.pages = pages;
        this.tokens = tokens;
        this.clock = clock;
        this.mails = mails;
        this.publicUrl = gateway.publicUrl().toString().replaceAll("/+$", "");
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataExportRequested request) {
        Infrastructure.getDefaultWorkerPool().execute(() -> claim(request.exportId()).ifPresent(this::assemble));
    }

    @Scheduled(every = "${onestop.gateway.data-export.sweep-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        assembleDue();
    }

    /** Assembles every export due now; answers how many were tried. */
    public int assembleDue() {
        int tried = 0;
        for (Optional<Claim> next = claim(null); next.isPresent() && tried < 100; next = claim(null)) {
            assemble(next.get());
            tried++;
        }
        return tried;
    }

    /** An export taken for one try: whose it is and which try this is. */
    record Claim(UUID exportId, UUID userId, int attempt) {
    }

    // Takes the export (or the next one due) for one try, moving its next try past this one's longest time.
    private Optional<Claim> claim(UUID exportId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            var query = DataExport.getEntityManager().createNativeQuery("select cast(id as text) from data_export "
                    + "where state = 'REQUESTED' and next_attempt_at <= ?1" + (exportId == null ? "" : " and id = ?2")
                    + " order by next_attempt_at limit 1 for update skip locked").setParameter(1, now);
            if (exportId != null) {
                query.setParameter(2, exportId);
            }
            @SuppressWarnings("unchecked")
            List<String> due = query.getResultList();
            if (due.isEmpty()) {
                return Optional.<Claim>empty();
            }
            DataExport export = DataExport.findById(UUID.fromString(due.get(0)));
            export.attempts++;
            export.nextAttemptAt = now.plus(config.timeout().multipliedBy(3)).plus(config.retryAfter());
            return Optional.of(new Claim(export.id, export.userId, export.attempts));
        });
    }

    private void assemble(Claim claim) {
        try {
            Optional<String[]> gatewayPart = QuarkusTransaction.requiringNew().call(() -> gatewayPart(claim.userId()));
            if (gatewayPart.isEmpty()) {
                return; // the account was closed meanwhile: its exports went with it
            }
            String authorization = "Bearer " + gatewayPart.get()[1];
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("licensing", part(gateway.licensingUrl(), config.licensingPath(), authorization));
            parts.put("opportunities", part(gateway.opportunitiesUrl(), config.opportunitiesPath(), authorization));
            byte[] zip = DataExportZip.of(gatewayPart.get()[0], parts);
            QuarkusTransaction.requiringNew().run(() -> ready(claim, zip));
        } catch (RuntimeException e) {
            LOG.warnf("Data export %s, try %d: %s", claim.exportId(), claim.attempt(), e.toString());
            QuarkusTransaction.requiringNew().run(() -> failed(claim, e.toString()));
        }
    }

    // The gateway's own data about the person, and an access token to ask the services with.
    private Optional<String[]> gatewayPart(UUID userId) {
        Optional<UserAccount> user = UserAccount.findByIdOptional(userId);
        return user.map(account -> new String[] { gatewayJson(userId), tokens.accessTokenFor(account) });
    }

    private static String gatewayJson(UUID userId) {
        var em = DataExport.getEntityManager();
        return new SubjectData()
                .section(em, "account", "select * from user_account where id = ?1", userId, "password_hash")
                .section(em, "business", "select * from business where id = (select business_id from user_account "
                        + "where id = ?1)", userId)
                .section(em, "signIns", "select * from refresh_token where user_id = ?1 order by created_at", userId,
                        "token_hash")
                .section(em, "mobileNumber", "select user_id, mobile, confirmed_at, updated_at from mobile_number "
                        + "where user_id = ?1", userId)
                .section(em, "notifications", "select * from notification where user_id = ?1 order by created_at",
                        userId)
                .section(em, "dataExports", "select * from data_export where user_id = ?1 order by requested_at",
                        userId, "failure")
                .json();
    }

    private byte[] part(URI service, String path, String authorization) {
        ServicePages.File file = pages.download(ServicePages.Call.get(service, path,
                Map.of("Authorization", authorization)), config.timeout())
                .await().atMost(config.timeout().plus(Duration.ofSeconds(5)));
        if (file.status() != 200) {
            throw new IllegalStateException(path + " answered " + file.status());
        }
        return file.content().getBytes();
    }

    private void ready(Claim claim, byte[] zip) {
        DataExport export = DataExport.findById(claim.exportId());
        UserAccount user = UserAccount.findById(claim.userId());
        if (export == null || user == null || export.state != DataExportView.State.REQUESTED) {
            return;
        }
        DataExport.getEntityManager().createNativeQuery("insert into data_export_file (export_id, content) "
                + "values (?1, ?2)").setParameter(1, export.id).setParameter(2, zip).executeUpdate();
        export.state = DataExportView.State.READY;
        export.readyAt = Instant.now(clock);
        export.expiresAt = export.readyAt.plus(config.keep());
        export.sizeBytes = (long) zip.length;
        export.failure = null;
        mails.fire(new AccountMail(user.email, "your data is ready to download",
                "The copy of your data you asked for on OneStop is ready. Sign in and download it here:\n\n"
                        + publicUrl + "/account/your-data/" + export.id + "/download\n\n"
                        + "The link works for 7 days, for you only. If you did not ask for a copy of your data, "
                        + "change your password and tell us.\n"));
    }

    private void failed(Claim claim, String why) {
        DataExport export = DataExport.findById(claim.exportId());
        if (export == null || export.state != DataExportView.State.REQUESTED) {
            return;
        }
        export.failure = why.length() > 500 ? why.substring(0, 500) : why;
        if (claim.attempt() >= config.maxAttempts()) {
            export.state = DataExportView.State.FAILED;
        } else {
            export.nextAttemptAt = Instant.now(clock).plus(config.retryAfter());
        }
    }
}
