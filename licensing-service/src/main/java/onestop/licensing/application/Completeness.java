package onestop.licensing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import onestop.licensing.api.Premises;
import onestop.licensing.api.RequiredDocument;
import onestop.licensing.catalogue.LicenceType;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

/**
 * What an application still lacks before it can be submitted: premises fields (for the types that have
 * premises; the holder's name for the others), type-specific details
 * (by the type's JSON Schema), required documents and the fee. Submission lists all of them at once.
 */
public final class Completeness {

    private static final Pattern UK_POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    private final DetailsValidator details;

    public Completeness(DetailsValidator details) {
        this.details = details;
    }

    public List<Problem.FieldError> missing(Application application, LicenceType type, Set<String> uploadedDocuments) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (type.premisesRequired) {
            premises(missing, application.premises());
        } else {
            // a licence of an individual: no premises (Drafts refuses them), and the licence needs a name
            required(missing, "holderName", application.holderName);
        }
        missing.addAll(details.validate(type.detailsSchema, application.details));
        for (RequiredDocument document : type.requiredDocuments) {
            if (!uploadedDocuments.contains(document.code())) {
                missing.add(new Problem.FieldError("documents." + document.code(), FieldCodes.REQUIRED,
                        document.name() + " is required"));
            }
        }
        if (application.feePence > 0 && !application.isPaid()) {
            missing.add(new Problem.FieldError("fee", FieldCodes.REQUIRED,
                    "the fee of " + pounds(application.feePence) + " has not been paid"));
        }
        return missing;
    }

    private static void premises(List<Problem.FieldError> missing, Premises premises) {
        required(missing, "premises.name", premises.name());
        required(missing, "premises.addressLine1", premises.addressLine1());
        required(missing, "premises.town", premises.town());
        if (required(missing, "premises.postcode", premises.postcode())) {
            postcode(missing, premises.postcode());
        }
    }

    private static void postcode(List<Problem.FieldError> missing, String postcode) {
        if (!UK_POSTCODE.matcher(postcode.trim().toUpperCase()).matches()) {
            missing.add(new Problem.FieldError("premises.postcode", FieldCodes.PATTERN, "is not a UK postcode"));
        }
    }

    private static boolean required(List<Problem.FieldError> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(new Problem.FieldError(field, FieldCodes.REQUIRED, "is required"));
            return false;
        }
        return true;
    }

    private static String pounds(int pence) {
        return String.format("£%d.%02d", pence / 100, pence % 100);
    }
}
