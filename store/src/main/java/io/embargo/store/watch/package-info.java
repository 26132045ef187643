/**
 * Continuous screening: the watch list of the user's own parties ({@link io.embargo.store.watch.WatchList})
 * and the re-screen jobs that follow each list version ({@link io.embargo.store.watch.Monitor}), raising new
 * hits through the alert queue. Fields documented as "or null" are nullable.
 */
package io.embargo.store.watch;
