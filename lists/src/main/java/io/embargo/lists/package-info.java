/**
 * Importers for the official list formats. Callers start at {@link io.embargo.lists.ListImporters} (read
 * files, detect a format) or {@link io.embargo.lists.SharedLists} (the shared real files). They get back
 * {@link io.embargo.lists.ImportedList} values, or one {@link io.embargo.lists.ListImportException} that
 * names the file, line or record, and field. Everything else is package-private. There is one importer
 * per format (OFAC CSV set, OFAC XML, CSL CSV, CSL JSON, BIS DPL, UN XML, EU FSF XML, UK ODS, UK CSV,
 * FtM JSON lines), and they share small helpers for the first pass over a file ({@code FileCheck}: exists,
 * non-empty, UTF-8, SHA-256), CSV ({@code Csv}, FastCSV), XML ({@code Xml}, JDK StAX with DTDs and external
 * entities off) and JSON ({@code Json}, Jackson 3).
 *
 * <p>Nulls: the public methods take null only where their javadoc says so ({@code list} and
 * {@code format} of {@code read}), and return null only for {@link io.embargo.lists.ImportedList#published()}
 * when the file carries no date.
 */
package io.embargo.lists;
