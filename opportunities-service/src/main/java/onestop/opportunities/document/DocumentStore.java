package onestop.opportunities.document;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import onestop.opportunities.OpportunitiesConfig;
import onestop.platform.files.FileStore;

/** The files of notice documents, in {@code opportunities.documents.dir}. */
@Singleton
public class DocumentStore extends FileStore {

    @Inject
    public DocumentStore(OpportunitiesConfig config) {
        super(config.documents().dir());
    }
}
