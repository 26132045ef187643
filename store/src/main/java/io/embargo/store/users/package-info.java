/**
 * Users, roles, passwords (PBKDF2) and API keys (SHA-256 hashes). Front door: {@link io.embargo.store.users.Users}.
 */
package io.embargo.store.users;
