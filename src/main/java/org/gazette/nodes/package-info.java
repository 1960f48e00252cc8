/**
 * Several nodes over one database: this node's name ({@link org.gazette.nodes.NodeName}), leases that
 * let exactly one node run a background job ({@link org.gazette.nodes.Leases}, shown in health), and
 * changes made on one node heard by the others through PostgreSQL's LISTEN/NOTIFY
 * ({@link org.gazette.nodes.ChangeNotifications}), which republishes them here so every cache drops
 * what it holds. On SQLite there is one node, and nothing is sent or heard.
 */
package org.gazette.nodes;
