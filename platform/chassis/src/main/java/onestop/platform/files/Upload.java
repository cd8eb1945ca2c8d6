package onestop.platform.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import onestop.platform.problem.PayloadTooLarge;
import onestop.platform.problem.UnsupportedMediaType;

/**
 * A file received for upload, still in the server's temporary upload area, with the name and size the
 * client gave. {@link #check} is the one place where an upload's size and real type are judged.
 */
public record Upload(Path file, String fileName, long size) {

    private static final long MEGABYTE = 1024 * 1024;

    /**
     * @return the file's real type
     * @throws PayloadTooLarge (413) if it is larger than {@code maxBytes}
     * @throws UnsupportedMediaType (415) if its content is none of {@code accepted}, whatever its name says
     */
    public FileType check(long maxBytes, Set<FileType> accepted) {
        if (size > maxBytes) {
            throw new PayloadTooLarge("A document may be at most " + maxBytes / MEGABYTE + " MB; this one is " + size
                    + " bytes.");
        }
        return FileType.of(file).filter(accepted::contains).orElseThrow(() -> new UnsupportedMediaType(
                "Only " + names(accepted) + " files are accepted; the content of this file is none of them, "
                        + "whatever its name says."));
    }

    /** The client's name for the file, made safe to store and to send back. */
    public String safeName() {
        return FileNames.sanitise(fileName);
    }

    /** {@code PDF, PNG and JPEG}, in the order of {@link FileType}. */
    private static String names(Set<FileType> accepted) {
        List<String> names = accepted.stream().sorted().map(Enum::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }
}
