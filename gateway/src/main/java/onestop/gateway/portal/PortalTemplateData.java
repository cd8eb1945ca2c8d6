package onestop.gateway.portal;

import io.quarkus.qute.TemplateData;
import onestop.gateway.account.Registration;

/** Classes of other packages that the portal's templates read. */
@TemplateData(target = Registration.class)
final class PortalTemplateData {

    private PortalTemplateData() {
    }
}
