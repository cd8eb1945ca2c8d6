package onestop.licensing.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.LicensingConfig;
import onestop.licensing.application.Application;
import onestop.licensing.application.ApplicationAccess;
import onestop.licensing.application.ApplicationAction;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.PayloadTooLarge;
import onestop.platform.problem.Problem;
import onestop.platform.problem.UnsupportedMediaType;

/** Uploads (checked for size and real type), lists and finds an application's documents. */
@ApplicationScoped
public class DocumentService {

    @Inject
    ApplicationAccess access;

    @Inject
    DocumentStore store;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    @Inject
    LicensingConfig config;

    /** A file received for upload, still in the server's temporary upload area. */
    public record Upload(Path file, String fileName, long size) {
    }

    @Transactional
    public ApplicationDocument upload(UUID applicationId, String typeCode, Upload upload, Actor actor) {
        Application application = access.find(applicationId);
        application.check(ApplicationAction.UPLOAD_DOCUMENT, actor);
        LicenceType type = LicenceType.findById(application.licenceTypeCode);
        if (typeCode == null || type.requiredDocuments.stream().noneMatch(d -> d.code().equals(typeCode))) {
            throw new InvalidInput("Say which required document this is with ?type=.",
                    List.of(new Problem.FieldError("type", "must be one of " + type.requiredDocuments.stream()
                            .map(LicenceType.RequiredDocument::code).toList())));
        }
        if (upload.size() > config.documents().maxBytes()) {
            throw new PayloadTooLarge("A document may be at most " + config.documents().maxBytes() / (1024 * 1024)
                    + " MB; this one is " + upload.size() + " bytes.");
        }
        ContentType content = ContentType.detect(store.head(upload.file()))
                .orElseThrow(() -> new UnsupportedMediaType("Only PDF, PNG and JPEG files are accepted; the content "
                        + "of this file is none of them, whatever its name says."));
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        DocumentStore.Stored stored = store.store(upload.file(), document.id + content.extension());
        try {
            document.applicationId = application.id;
            document.typeCode = typeCode;
            document.originalName = FileNames.sanitise(upload.fileName());
            document.mediaType = content.mediaType();
            document.sizeBytes = upload.size();
            document.storedName = stored.name();
            document.sha256 = stored.sha256();
            document.uploadedAt = Instant.now(clock);
            document.uploadedBy = actor.id();
            document.persist();
            timeline.note(application.id, actor, "Uploaded " + document.originalName + " as " + typeCode + ".");
            return document;
        } catch (RuntimeException e) {
            store.delete(stored.name());
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationDocument> list(UUID applicationId) {
        return ApplicationDocument.of(access.find(applicationId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationDocument find(UUID applicationId, UUID documentId) {
        Application application = access.find(applicationId);
        ApplicationDocument document = ApplicationDocument.findById(documentId);
        if (document == null || !document.applicationId.equals(application.id)) {
            throw new NotFound("Application " + application.reference + " has no document " + documentId + ".");
        }
        return document;
    }

    public Path file(ApplicationDocument document) {
        Path file = store.path(document.storedName);
        if (!Files.isReadable(file)) {
            throw new NotFound("The file of document " + document.id + " is no longer stored; upload it again.");
        }
        return file;
    }
}
