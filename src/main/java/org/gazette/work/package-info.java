/**
 * The loop of a background worker apart from its work: a thread of its own that runs a round, then sleeps
 * until it is nudged or its poll interval passes. The search indexer and the entity tagger run on it. Depends on
 * nothing of Gazette's.
 */
package org.gazette.work;
