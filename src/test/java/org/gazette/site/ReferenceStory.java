package org.gazette.site;

/** The demo content's reference story (Blinken and Aliyev's call, after Azertag), which has ru and az translations. */
final class ReferenceStory {

    static final String ENGLISH = "/en/news/blinken-and-aliyev-discuss-armenia-azerbaijan-peace-and-cop29-by-phone";
    static final String RUSSIAN = "/ru/news/blinken-i-aliev-obsudili-po-telefonu-armyano-azerbaydzhanskiy-mir-i-cop29";

    private ReferenceStory() {}
}
