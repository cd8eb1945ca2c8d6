package onestop.portal.licensing;

import java.util.List;

import io.quarkus.qute.TemplateData;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceTypeView;

/**
 * The task list of a draft: each task Completed, Incomplete or Cannot start yet, read from what the service
 * says the application still lacks ({@code missing}).
 */
final class Tasks {

    private Tasks() {
    }

    @TemplateData
    record Task(String name, String href, String status, String id) {

        public boolean completed() {
            return "Completed".equals(status);
        }

        public boolean cannotStart() {
            return "Cannot start yet".equals(status);
        }
    }

    /** Something submission refused, linking to the task that puts it right. */
    @TemplateData
    record Lacking(String href, String message) {
    }

    /** The tasks of a draft, each as far as what it still lacks says. */
    static List<Task> of(ApplicationView application, LicenceTypeView type) {
        String base = "/applications/" + application.id();
        List<ApplicationView.Missing> missing = application.missing() == null ? List.of() : application.missing();
        boolean complete = missing.isEmpty();
        boolean feeDue = !application.feePaid() && application.feePence() > 0;
        // a licence of an individual asks for their name, never premises (the type says which)
        Task first = type.premisesRequired()
                ? new Task("Premises", base + "/premises", status(missing, "premises."), "premises")
                : new Task("Your name", base + "/holder", status(missing, "holderName"), "holder");
        return List.of(first,
                new Task("Details", base + "/details", status(missing, "details"), "details"),
                new Task("Documents", base + "/documents", status(missing, "documents."), "documents"),
                new Task("Pay", base + "/pay", feeDue ? "Incomplete" : "Completed", "pay"),
                new Task("Check your answers", base + "/check", complete ? "Incomplete" : "Cannot start yet", "check"));
    }

    /** The task page where an item the service reports missing is put right. */
    static String hrefOf(Object applicationId, String field) {
        String base = "/applications/" + applicationId;
        if (field.startsWith("premises.")) {
            return base + "/premises";
        }
        if (field.equals("holderName")) {
            return base + "/holder";
        }
        if (field.equals("holderConsent")) {
            return base;
        }
        if (field.startsWith("details")) {
            return base + "/details";
        }
        if (field.startsWith("documents.")) {
            return base + "/documents";
        }
        return field.equals("fee") ? base + "/pay" : base;
    }

    private static String status(List<ApplicationView.Missing> missing, String prefix) {
        boolean lacking = missing.stream().anyMatch(m -> m.field().startsWith(prefix));
        return lacking ? "Incomplete" : "Completed";
    }
}
