/**
 * Embargo's HTTP API and web application. The front door is {@link io.embargo.server.EmbargoServer}; its
 * collaborators are a {@link io.embargo.server.ScreenerProvider} (usually {@link io.embargo.server.StoreScreeners}),
 * the store ({@code io.embargo.store.Database}) and optionally a decider. Everything else is package-private:
 * one route table with the roles per route, one guard in front of every handler, one handler class per area.
 */
@NullMarked
package io.embargo.server;

import org.jspecify.annotations.NullMarked;
