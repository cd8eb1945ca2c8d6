package onestop.portal;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import onestop.platform.config.StandIns;

/**
 * What every portal template can read: {@code viewer}, the visitor of the page being rendered, and
 * {@code standIns}, the stand-ins the deployment runs with (ONESTOP_ALLOW_STAND_INS): while there is any, every
 * page says that payments, email and text messages are not real.
 */
@TemplateGlobal
public class PortalGlobals {

    static PortalVisitor.Viewer viewer() {
        if (!Arc.container().requestContext().isActive()) {
            return PortalVisitor.Viewer.NOBODY;
        }
        return Arc.container().instance(PortalVisitor.class).get().viewer();
    }

    static List<String> standIns() {
        Optional<String> setting = ConfigProvider.getConfig().getOptionalValue(StandIns.ALLOW, String.class);
        return StandIns.allowed(setting).stream().sorted().toList();
    }
}
