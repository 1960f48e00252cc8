package org.gazette.site;

import java.util.List;

/** The events of one day on a timeline, under a heading naming the day. */
public record TimelineDay(String dateMachine, String dateText, List<EventCard> events) {}
