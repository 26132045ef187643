package io.embargo.store;

import io.embargo.model.ListVersionRef;

/**
 * What {@link ListStore#importList} did.
 *
 * @param version the version now holding this content: the new one, or the existing latest one when the
 *     content was identical
 * @param created true when a new version was written
 * @param previous the list's latest version before the import, or null for the list's first import
 */
public record ImportResult(ListVersionRef version, boolean created, ListVersionRef previous) {}
