/** Ownership links in the store (table {@code ownership_link}, migration V30): {@link io.embargo.store.ownership.OwnershipLinks}. */
package io.embargo.store.ownership;
