package onestop.licensing.application;

import java.util.Set;
import java.util.UUID;

/**
 * The document types an application has on file, for its completeness check. The document feature keeps
 * the documents and implements this, so that applications need not know it.
 */
public interface UploadedDocumentTypes {

    Set<String> of(UUID applicationId);
}
