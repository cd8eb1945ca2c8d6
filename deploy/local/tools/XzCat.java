// Decompresses .xz from stdin to stdout. Used by deploy/local/up only when the
// `xz` command (Debian package xz-utils) is not installed:
//   java -cp xz.jar deploy/local/tools/XzCat.java < file.txz | tar -x
import org.tukaani.xz.XZInputStream;

public class XzCat {
    public static void main(String[] args) throws Exception {
        try (XZInputStream in = new XZInputStream(System.in, -1)) {
            in.transferTo(System.out);
        }
        System.out.flush();
    }
}
