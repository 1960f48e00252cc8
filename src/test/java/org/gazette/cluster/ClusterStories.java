package org.gazette.cluster;

import java.time.Instant;
import java.util.Locale;
import org.gazette.testing.TestArticle;

/**
 * Stories for cluster tests, in words written for them: a harbour story as two agencies send it and as
 * one re-sends it, and stories that merely share a theme or a language with it.
 */
final class ClusterStories {

    static final String HARBOUR_HEADLINE = "Storm floods the old harbour as ferries stay in port for a second day";

    static final String HARBOUR_BODY =
            """
            A winter storm pushed sea water over the walls of the old harbour on Tuesday night, flooding the \
            fish market and the streets behind it, the port authority said.

            Ferries to the islands stayed in port for a second day, and the authority said they would not \
            sail before Thursday morning. About 400 passengers spent the night in a sports hall near the \
            station, where volunteers handed out blankets and hot soup.

            Firefighters pumped water out of twelve cellars and moved two fishing boats that had broken \
            their moorings. Nobody was hurt. The mayor said the harbour wall, built in 1911, would be \
            inspected as soon as the wind drops, and asked residents to keep away from the sea front.

            Forecasters expect the wind to ease on Wednesday evening, with more rain over the hills.
            """;

    static final String LIBRARY_BODY =
            """
            The city library reopened its reading room on Monday after two years of building work, with \
            longer opening hours and a new section for children on the ground floor.

            The restored ceiling paintings, hidden under plaster since the 1950s, can be seen again, and \
            a small exhibition tells how they were found. The librarians expect about a thousand visitors \
            in the first week and ask schools to book their visits in advance.

            The work cost less than planned, the council said, because the old oak shelves could be kept \
            and repaired instead of replaced.
            """;

    private ClusterStories() {}

    static String date(Instant instant) {
        return instant.toString();
    }

    /** The harbour story as an agency sends it. */
    static TestArticle harbour(String prefix, String source, Instant published) {
        return TestArticle.story(prefix)
                .with("headline", HARBOUR_HEADLINE)
                .with("body", HARBOUR_BODY)
                .with("date", date(published))
                .with("section", "society")
                .with("source", source);
    }

    /** The harbour story with small edits: a word swapped in the headline, a sentence dropped, a figure updated. */
    static TestArticle harbourEdited(String prefix, String source, Instant published) {
        return TestArticle.story(prefix)
                .with("headline", "Storm floods old harbour as ferries stay in port for second day")
                .with(
                        "body",
                        HARBOUR_BODY
                                .replace("About 400 passengers", "About 450 passengers")
                                .replace("Nobody was hurt. ", "")
                                .replace("hot soup", "warm soup"))
                .with("date", date(published))
                .with("section", "world")
                .with("source", source);
    }

    /** Another story of the same day and place, in other words. */
    static TestArticle library(String prefix, String source, Instant published) {
        return TestArticle.story(prefix)
                .with("headline", "City library reopens its reading room after two years of work")
                .with("body", LIBRARY_BODY)
                .with("date", date(published))
                .with("section", "society")
                .with("source", source);
    }

    static String unique(String text) {
        return String.format(Locale.ROOT, "%s %d", text, System.nanoTime());
    }
}
