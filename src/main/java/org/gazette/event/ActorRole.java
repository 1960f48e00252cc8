package org.gazette.event;

/**
 * The side an actor takes in an event: the one who called, visited, signed first, accused or spoke, and the
 * other side. A symmetric sentence ("A and B held talks") makes the first named actor the initiator, as
 * event data sets do, because the text gives no other order.
 */
public enum ActorRole {
    INITIATOR,
    PARTNER
}
