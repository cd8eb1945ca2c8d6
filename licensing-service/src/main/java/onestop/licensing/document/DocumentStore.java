package onestop.licensing.document;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import onestop.licensing.LicensingConfig;
import onestop.platform.files.FileStore;

/** The files of application documents, in {@code licensing.documents.dir}. */
@Singleton
public class DocumentStore extends FileStore {

    @Inject
    public DocumentStore(LicensingConfig config) {
        super(config.documents().dir());
    }
}
