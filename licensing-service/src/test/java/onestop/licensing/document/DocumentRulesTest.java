package onestop.licensing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertThat(ContentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(ContentType.PDF);
        assertThat(ContentType.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
                .contains(ContentType.PNG);
        assertThat(ContentType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
                .contains(ContentType.JPEG);
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertThat(ContentType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ContentType.detect("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentType.detect(new byte[0])).isEmpty();
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
}
