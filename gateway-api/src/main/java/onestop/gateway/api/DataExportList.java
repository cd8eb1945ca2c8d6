package onestop.gateway.api;

import java.util.List;

/** The signed-in person's subject access exports, newest first. */
public record DataExportList(List<DataExportView> items) {
}
