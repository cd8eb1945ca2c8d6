package onestop.licensing.payment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.platform.config.StandIn;
import onestop.platform.config.StandIns;

/** GOV.UK Pay at any address but the real one is a stand-in: production refuses it unless "pay" is allowed. */
@ApplicationScoped
public class PayStandIn implements StandIns.Source {

    @Inject
    PayConfig config;

    @Override
    public List<StandIn> inUse() {
        return StandIns.standsIn(config.baseUrl(), PayConfig.REAL_HOST)
                ? List.of(new StandIn("pay", "no money is taken: fees are paid to the GOV.UK Pay stand-in at "
                        + config.baseUrl() + " (set ONESTOP_PAY_URL=https://" + PayConfig.REAL_HOST
                        + ", ONESTOP_PAY_API_KEY and ONESTOP_PAY_WEBHOOK_SECRET)"))
                : List.of();
    }
}
