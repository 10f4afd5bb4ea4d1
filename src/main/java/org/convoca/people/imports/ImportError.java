package org.convoca.people.imports;

/** A row that was not imported: where it was in the file, why, and the row as it was (CSV-encoded). */
record ImportError(long line, String message, String raw) {
}
