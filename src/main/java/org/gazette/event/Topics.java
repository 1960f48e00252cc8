package org.gazette.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * The topics Gazette recognises in event sentences, with the word stems that signal each one in English,
 * Russian and Azerbaijani. Stems rather than whole words because Russian and Azerbaijani inflect
 * ("делимитации", "delimitasiyası"). A topic is only as good as its cues: the list covers the diplomacy and
 * economy stories the timeline is for, and says nothing about the rest.
 */
public final class Topics {

    private record Cues(Topic topic, Map<String, Pattern> byLanguage) {}

    private static final List<Cues> CUES = new ArrayList<>();

    static {
        add(
                "peace-process",
                "Peace process",
                "Мирный процесс",
                "Sülh prosesi",
                "\\bpeace\\b|\\bnormali[sz]ation",
                "\\bмирн\\p{L}*|\\bпрочн\\p{L}* мир|\\bурегулировани\\p{L}*",
                "\\bsülh\\p{L}*");
        add(
                "border-delimitation",
                "Border delimitation",
                "Делимитация границы",
                "Sərhədin delimitasiyası",
                "\\bdelimit\\p{L}*|\\bdemarcat\\p{L}*",
                "\\bделимитац\\p{L}*|\\bдемаркац\\p{L}*",
                "\\bdelimitasiya\\p{L}*|\\bdemarkasiya\\p{L}*");
        add("cop29", "COP29", "COP29", "COP29", "\\bcop[- ]?29", "\\bcop[- ]?29|\\bсор[- ]?29", "\\bcop[- ]?29");
        add(
                "climate-finance",
                "Climate finance",
                "Климатическое финансирование",
                "İqlim maliyyəsi",
                "\\bclimate financ\\p{L}*",
                "\\bклиматическ\\p{L}* финансир\\p{L}*",
                "\\biqlim maliyyə\\p{L}*");
        add(
                "bilateral-relations",
                "Bilateral relations",
                "Двусторонние отношения",
                "İkitərəfli münasibətlər",
                "\\bbilateral\\b",
                "\\bдвусторонн\\p{L}*",
                "\\bikitərəfli\\b");
        add(
                "energy",
                "Energy",
                "Энергетика",
                "Enerji",
                "\\benergy\\b|\\bgas\\b|\\boil\\b|\\bpipeline",
                "\\bэнерг\\p{L}*|\\bгаз(а|ом|у|е|ов\\p{L}*)?\\b|\\bнефт\\p{L}*",
                "\\benerji\\p{L}*|\\bqaz\\p{L}*|\\bneft\\p{L}*");
        add(
                "trade",
                "Trade",
                "Торговля",
                "Ticarət",
                "\\btrade\\b|\\btariff\\p{L}*|\\bexports?\\b|\\bimports?\\b",
                "\\bторгов\\p{L}*|\\bэкспорт\\p{L}*|\\bимпорт\\p{L}*|\\bпошлин\\p{L}*",
                "\\bticarət\\p{L}*|\\bixrac\\p{L}*|\\bidxal\\p{L}*");
        add(
                "security",
                "Security",
                "Безопасность",
                "Təhlükəsizlik",
                "\\bsecurity\\b|\\bdefen[cs]e\\b|\\bmilitary\\b|\\bceasefire\\b",
                "\\bбезопасност\\p{L}*|\\bоборон\\p{L}*|\\bвоенн\\p{L}*|\\bпрекращени\\p{L}* огня",
                "\\btəhlükəsizli\\p{L}*|\\bmüdafiə\\p{L}*|\\bhərbi\\b|\\batəşkəs\\p{L}*");
        add(
                "sanctions",
                "Sanctions",
                "Санкции",
                "Sanksiyalar",
                "\\bsanction\\p{L}*",
                "\\bсанкци\\p{L}*",
                "\\bsanksiya\\p{L}*");
        add(
                "humanitarian",
                "Humanitarian issues",
                "Гуманитарные вопросы",
                "Humanitar məsələlər",
                "\\bhumanitarian\\b|\\brefugee\\p{L}*|\\bprisoner\\p{L}*",
                "\\bгуманитарн\\p{L}*|\\bбеженц\\p{L}*|\\bпленн\\p{L}*",
                "\\bhumanitar\\p{L}*|\\bqaçqın\\p{L}*|\\bəsir\\p{L}*");
    }

    /** Every topic, in the order above. */
    public static final List<Topic> ALL = CUES.stream().map(Cues::topic).toList();

    private Topics() {}

    private static void add(String key, String en, String ru, String az, String enCues, String ruCues, String azCues) {
        Map<String, String> names = Map.of("en", en, "ru", ru, "az", az);
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        patterns.put("en", Pattern.compile(enCues, flags));
        patterns.put("ru", Pattern.compile(ruCues, flags));
        patterns.put("az", Pattern.compile(azCues, flags));
        CUES.add(new Cues(new Topic(key, names), patterns));
    }

    /** The topic with this key, if Gazette knows it. */
    public static Optional<Topic> byKey(String key) {
        return ALL.stream().filter(topic -> topic.key().equals(key)).findFirst();
    }

    /** The keys of the topics a stretch of text in the language mentions, in the order of {@link #ALL}. */
    static List<String> in(Language language, CharSequence text) {
        List<String> keys = new ArrayList<>();
        for (Cues cues : CUES) {
            if (cues.byLanguage().get(language.code()).matcher(text).find()) {
                keys.add(cues.topic().key());
            }
        }
        return keys;
    }
}
