package org.gazette.web;

/** A labelled link on a page. */
public record Link(String url, String label) {}
