package org.gazette.tagging;

/**
 * Published inside a transaction that queued stories for tagging other than by changing them (an editor's
 * correction): once it commits, the worker wakes to tag them at once rather than at its next poll.
 */
record TaggingRequested() {}
