package onestop.licensing.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/** Accepts every charge and makes up a payment reference: for local runs and tests, never real money. */
@ApplicationScoped
@DefaultBean
public class SandboxPaymentProvider implements PaymentProvider {

    private static final Logger LOG = Logger.getLogger(SandboxPaymentProvider.class);

    @Inject
    Clock clock;

    @Override
    public Receipt take(Charge charge) {
        String reference = "SANDBOX-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
        LOG.infof("Sandbox payment %s of %d pence for %s", reference, charge.amountPence(),
                charge.applicationReference());
        return new Receipt(reference, charge.amountPence(), Instant.now(clock));
    }
}
