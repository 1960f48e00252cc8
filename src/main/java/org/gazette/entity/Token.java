package org.gazette.entity;

/** One word or punctuation mark of a text: its UTF-16 positions in the text ({@code end} exclusive) and itself. */
record Token(int start, int end, String text) {}
