package onestop.licensing.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.RequiredDocument;
import onestop.licensing.LicensingConfig;
import onestop.licensing.application.Application;
import onestop.licensing.application.ApplicationAccess;
import onestop.licensing.application.ApplicationAction;
import onestop.licensing.application.UploadedDocumentTypes;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.files.FileStore;
import onestop.platform.files.FileType;
import onestop.platform.files.Upload;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;

/** Uploads (checked for size and real type), lists and finds an application's documents. */
@ApplicationScoped
public class DocumentService implements UploadedDocumentTypes {

    static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG);

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

    @Transactional
    public ApplicationDocument upload(UUID applicationId, String typeCode, Upload upload, Actor actor) {
        Application application = access.find(applicationId);
        application.check(ApplicationAction.UPLOAD_DOCUMENT, actor);
        LicenceType type = LicenceType.findById(application.licenceTypeCode);
        if (typeCode == null || type.requiredDocuments.stream().noneMatch(d -> d.code().equals(typeCode))) {
            String code = typeCode == null ? FieldCodes.REQUIRED : FieldCodes.NOT_ALLOWED;
            throw new InvalidInput("Say which required document this is with ?type=.",
                    List.of(new Problem.FieldError("type", code, "must be one of " + type.requiredDocuments.stream()
                            .map(RequiredDocument::code).toList())));
        }
        FileType content = upload.check(config.documents().maxBytes(), ACCEPTED);
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        FileStore.Stored stored = store.store(upload.file(), document.id + content.extension());
        try {
            document.applicationId = application.id;
            document.typeCode = typeCode;
            document.originalName = upload.safeName();
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
        return store.find(document.storedName).orElseThrow(() -> new NotFound(
                "The file of document " + document.id + " is no longer stored; upload it again."));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> of(UUID applicationId) {
        return ApplicationDocument.typeCodesOf(applicationId);
    }
}
