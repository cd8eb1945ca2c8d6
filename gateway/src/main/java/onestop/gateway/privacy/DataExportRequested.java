package onestop.gateway.privacy;

import java.util.UUID;

/** An export was asked for: once the request commits, it is put together at once rather than at the next sweep. */
record DataExportRequested(UUID exportId) {
}
