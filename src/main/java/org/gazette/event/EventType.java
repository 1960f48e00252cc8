package org.gazette.event;

/**
 * The kinds of event Gazette extracts, a small subset of CAMEO and PLOVER so that a timeline shows what readers
 * follow in diplomacy (calls, meetings, agreements, accusations) and what people said. Codes are given so that
 * figures can be compared with event data sets built on those ontologies.
 */
public enum EventType {
    /** A telephone or video call between two sides. CAMEO 041 (discuss by telephone), PLOVER CONSULT (mode: phone). */
    CALL,
    /** A meeting, talks, a visit, or hosting a visitor. CAMEO 042 (make a visit), 043 (host a visit), 044 (meet at a third location); PLOVER CONSULT. */
    MEET,
    /** A named speaker said, stated or announced something. CAMEO 010-019 (make public statement); PLOVER has no event for plain speech. */
    STATEMENT,
    /** An agreement, treaty, contract or memorandum signed or agreed. CAMEO 057 (sign formal agreement); PLOVER AGREE. */
    AGREEMENT,
    /** An accusation, condemnation or formal protest aimed at someone. CAMEO 111/112 (criticise, accuse), 11 (disapprove); PLOVER ACCUSE. */
    ACCUSATION
}
