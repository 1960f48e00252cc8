package org.gazette.newsroom;

/** The sign-in page, with what happened last (failed, throttled, signed out). */
public record LoginPage(NewsroomFrame frame, String message, String error) {}
