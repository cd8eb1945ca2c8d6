package onestop.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import onestop.platform.problem.PayloadTooLarge;
import onestop.platform.problem.UnsupportedMediaType;
import onestop.platform.testing.SampleFiles;

class FileTypeTest {

    @TempDir
    Path dir;

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() throws IOException {
        assertThat(FileType.of(file("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))).contains(FileType.PDF);
        assertThat(FileType.of(file(SampleFiles.png()))).contains(FileType.PNG);
        assertThat(FileType.of(file(SampleFiles.jpeg()))).contains(FileType.JPEG);
    }

    @Test
    void recognisesOfficeDocumentsByThePartsInsideThem() throws IOException {
        assertThat(FileType.of(file(SampleFiles.docx()))).contains(FileType.DOCX);
        assertThat(FileType.of(file(SampleFiles.xlsx()))).contains(FileType.XLSX);
        assertThat(FileType.of(file(SampleFiles.odt()))).contains(FileType.ODT);
        assertThat(FileType.of(file(SampleFiles.ods()))).contains(FileType.ODS);
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertThat(FileType.of(file(SampleFiles.exe()))).isEmpty();
        assertThat(FileType.of(file("<html>".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(FileType.of(file(new byte[0]))).isEmpty();
        assertThat(FileType.of(file(SampleFiles.zip()))).isEmpty();
        assertThat(FileType.of(file(SampleFiles.docm()))).isEmpty();
        // a ZIP signature in front of something that is not a ZIP archive
        assertThat(FileType.of(file("PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1)))).isEmpty();
    }

    @Test
    void anUploadIsCheckedForSizeThenType() throws IOException {
        Path pdf = file(SampleFiles.pdf());
        var accepted = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG);
        assertThat(new Upload(pdf, "plan.pdf", 100).check(100, accepted)).isEqualTo(FileType.PDF);
        assertThatThrownBy(() -> new Upload(pdf, "plan.pdf", 101).check(100, accepted))
                .isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> new Upload(file(SampleFiles.docx()), "plan.pdf", 100).check(100, accepted))
                .isInstanceOf(UnsupportedMediaType.class).hasMessageContaining("PDF, PNG and JPEG");
    }

    @Test
    void fileNamesLoseTheirPathsAndUnsafeCharacters() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\jo\\plan of premises.pdf")).isEqualTo("plan of premises.pdf");
        assertThat(FileNames.sanitise("plan\"; filename=evil.pdf")).isEqualTo("plan_ filename_evil.pdf");
        assertThat(FileNames.sanitise("...")).isEqualTo("document");
        assertThat(FileNames.sanitise(null)).isEqualTo("document");
        assertThat(FileNames.sanitise("a".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }

    @Test
    void theStoreKeepsFilesUnderGeneratedNamesOnly() throws IOException {
        FileStore store = new FileStore(dir.resolve("store"));
        FileStore.Stored stored = store.store(file(SampleFiles.pdf()), "0b6c8f3e-1f7c-4a53-9b64-0d5c1f0f7a11.pdf");
        assertThat(stored.sha256()).hasSize(64);
        assertThat(store.find(stored.name())).isPresent();
        assertThatThrownBy(() -> store.find("../escape.pdf")).isInstanceOf(IllegalArgumentException.class);
        store.delete(stored.name());
        assertThat(store.find(stored.name())).isEmpty();
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
    }
}
