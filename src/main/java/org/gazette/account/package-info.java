/**
 * Newsroom accounts: users and their roles (reporter, editor, admin), password rules and hashing,
 * personal API tokens, sign-in throttling, the audit log, and the {@code create-admin} and
 * {@code create-token} commands. Spring Security does the authenticating; this package tells it who
 * exists and what they may do.
 */
package org.gazette.account;
