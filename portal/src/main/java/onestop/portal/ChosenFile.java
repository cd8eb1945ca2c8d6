package onestop.portal;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A file field of a portal form. */
public final class ChosenFile {

    private ChosenFile() {
    }

    /** Whether a file was chosen: browsers send an empty part, with no name, when none was. */
    public static boolean isChosen(FileUpload upload) {
        return upload != null && upload.fileName() != null && !upload.fileName().isBlank() && upload.size() > 0;
    }
}
