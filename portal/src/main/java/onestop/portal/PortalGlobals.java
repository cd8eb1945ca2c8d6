package onestop.portal;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What every portal template can read: {@code viewer}, the visitor of the page being rendered. */
@TemplateGlobal
public class PortalGlobals {

    static PortalVisitor.Viewer viewer() {
        if (!Arc.container().requestContext().isActive()) {
            return new PortalVisitor.Viewer(false, null, false, false, false, null, false);
        }
        return Arc.container().instance(PortalVisitor.class).get().viewer();
    }
}
