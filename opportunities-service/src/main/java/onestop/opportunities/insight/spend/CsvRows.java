package onestop.opportunities.insight.spend;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and as spreadsheets save it): fields split by commas, a quoted field may hold
 * commas, doubled quotes and line breaks; lines end in CRLF or LF; a byte order mark at the start is dropped.
 * Each record keeps the line of the file it starts on, so a report can name the row a person sees.
 */
final class CsvRows {

    record Row(int line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRows() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(startLine, List.copyOf(cells)));
                cells.clear();
                line++;
                startLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(startLine, List.copyOf(cells)));
        }
        return rows;
    }
}
