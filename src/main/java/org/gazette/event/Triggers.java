package org.gazette.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * The words that report an event, per language, with their inflected forms. A verbal trigger is the act itself
 * ("met", "подписали", "görüşüb"); a framing trigger names the occasion ("during the phone call", "в ходе
 * визита", "söhbət zamanı") and counts only when the sentence has no verbal trigger of another kind. Triggers
 * are matched on the sentence as written, case-insensitively. A verbal trigger is dropped when a negation, a
 * modal or a future marker stands just before it ("did not meet", "will visit", "не подписали", "plans to
 * meet"); Azerbaijani future and negative verb forms simply do not match, the patterns take past forms only.
 */
final class Triggers {

    record Trigger(EventType type, boolean framing, Pattern pattern) {}

    record Hit(EventType type, boolean framing, int start, int end) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<String, Pattern> BLOCKERS = Map.of(
            "en",
                    Pattern.compile(
                            "\\b(not|n't|never|no|will|would|may|might|could|should|shall|to|plans?|planned|expected|set|due|hopes?|wants?|refused|failed|we|i|you|is|are|was|were|been|being)\\s+(\\w+\\s+)?$",
                            FLAGS),
            "ru",
                    Pattern.compile(
                            "(\\bне|\\bни|\\bбудет|\\bбудут|\\bможет|\\bмогут|\\bпланирует|\\bпланируют|\\bнамерен\\w*|\\bхочет|\\bхотят|\\bчтобы|\\bотказал\\w*|\\bсобира\\w*|\\bмы|\\bя|\\bвы)\\s+(\\w+\\s+)?$",
                            FLAGS),
            "az", Pattern.compile("(\\bdeyil|\\bsonra)\\s+$", FLAGS));

    /** Words that put an occasion in the future or in doubt: a framing trigger in such a sentence reports nothing yet. */
    private static final Map<String, Pattern> FUTURE = Map.of(
            "en", Pattern.compile("\\b(will|would|planned|scheduled|upcoming|set to|expected to|next)\\b", FLAGS),
            "ru",
                    Pattern.compile(
                            "\\b(состоится|состоятся|пройдет|пройдёт|запланирован\\w*|планиру\\w*|предстоящ\\w*|грядущ\\w*|может|могут|должн\\w*|не состоялс\\w*)\\b",
                            FLAGS),
            "az", Pattern.compile("\\p{L}+(acaq|əcək)\\b|\\bplanlaşdırılır\\b", FLAGS));

    private static final Map<String, List<Trigger>> TRIGGERS = Map.of(
            "en",
                    List.of(
                            t(
                                    EventType.CALL,
                                    false,
                                    "\\b(held|holds|hold|had|has) (a |an )?(tele)?phone (conversation|call|talks?)|\\bmade a (tele)?phone call|\\bphoned\\b|\\bspoke (by|on the|over the) (tele)?phone|\\b(later|also|then|and|first) called (?-i:(?=\\p{Lu}))|\\b(called|calling) [^.]{0,60}\\bby (tele)?phone|\\btelephone talks\\b"),
                            t(
                                    EventType.CALL,
                                    true,
                                    "\\b(during|in) (the|a|their|his|her) (tele)?phone (conversation|call|talks)|\\btelephone conversation\\b|\\bphone call\\b"),
                            t(
                                    EventType.MEET,
                                    false,
                                    "\\b(met|meets)\\b|\\bmet with\\b|\\b(held|holds|hold) (talks|a meeting|meetings|consultations)|\\bin talks with\\b|\\bvisited\\b|\\bpaid (a|an) (\\w+ )?visit|\\bhosted\\b|\\bwas able to meet\\b"),
                            t(
                                    EventType.MEET,
                                    true,
                                    "\\b(during|at|after) (the|a|his|her|their) (\\w+ )?(visit|meeting|talks|summit)\\b|\\bat a meeting with\\b"),
                            t(
                                    EventType.AGREEMENT,
                                    false,
                                    "\\b(sign|signs|signed)\\b[^.;]{0,60}\\b(agreement|treaty|deal|memorandum|contract|accord|declaration|charter)|\\bagreed (to|on|that)\\b|\\breached (an? )?(agreement|deal)"),
                            t(
                                    EventType.ACCUSATION,
                                    false,
                                    "\\baccus(e|es|ed|ing)\\b|\\bblam(e|es|ed)\\b|\\bcondemn(s|ed)?\\b|\\bdenounc(e|es|ed)\\b|\\bprotested\\b|\\bcriticiz(e|es|ed)\\b|\\bcriticis(e|es|ed)\\b"),
                            t(
                                    EventType.STATEMENT,
                                    false,
                                    "\\b(said|says|stated|states that|announced|announces|told|noted|stressed|emphasi[sz]ed|declared|added|claimed|confirmed|warned|reported)\\b|\\baccording to\\b")),
            "ru",
                    List.of(
                            t(
                                    EventType.CALL,
                                    false,
                                    "\\b(провел|провела|провели|провёл|состоялся|состоялись)\\w* (\\w+ )?телефонн\\w+ (разговор|переговор|консультац|бесед)\\w*|\\bпозвонил\\w*|\\bсозвонил\\w*|\\b(поговорил|разговаривал|побеседовал)\\w* по (\\w+ )?телефону"),
                            t(EventType.CALL, true, "\\bтелефонн\\w+ (разговор|переговор|консультац|бесед)\\w*"),
                            t(
                                    EventType.MEET,
                                    false,
                                    "\\bвстретил(ся|ась|ись)\\b|\\bвстречал(ся|ась|ись)\\b|\\bвстречаются\\b|\\bпосетил(а|и)?\\b|\\bпосещает\\b|\\b(провел|провела|провели|провёл|проводит|ведет|ведёт|ведут|вели|провело)\\w* (\\w+ )?(переговоры|встреч\\w+|консультации)|\\bприбыл\\w* [^.]{0,40}с (\\w+ )?визитом|\\bпереговоры [^.]{0,140}(завершились|прошли|состоялись)|\\bвстреча [^.]{0,60}состоялась"),
                            t(
                                    EventType.MEET,
                                    true,
                                    "\\b(в ходе|во время|в рамках|на|после) (\\w+ )?(визита|встречи|встрече|переговоров|переговорах|саммита|саммите)\\b|\\bвизит\\w*\\b"),
                            t(
                                    EventType.AGREEMENT,
                                    false,
                                    "\\bподписал\\w*\\b[^.;]{0,60}(соглашени|договор|меморандум|контракт|деклараци|хартию|документ)\\w*|\\b(соглашени|договор|меморандум|контракт)\\w* [^.;]{0,30}(было|были)? ?подписан\\w*|\\bдоговорил(ся|ась|ись)\\b|\\bзаключил\\w* (\\w+ )?(соглашени|договор|контракт|сделк)\\w*|\\b(достигли|пришли к) (\\w+ )?(соглашени|договорённост|договоренност)\\w*"),
                            t(
                                    EventType.ACCUSATION,
                                    false,
                                    "\\bобвинил\\w*|\\bобвиня(ет|ют)\\b|\\bосудил\\w*|\\bосужда(ет|ют)\\b|\\bвыразил\\w* (\\w+ )?протест|\\bраскритиковал\\w*|\\bкритику(ет|ют)\\b"),
                            t(
                                    EventType.STATEMENT,
                                    false,
                                    "\\bзаяв(ил|ила|или|ило|ляет|ляют|лял|ляла|ляли)\\b|\\bсказал\\w*|\\bсообщ(ил|ила|или|ило|ает|ают)\\b|\\bотметил\\w*|\\bотмечает\\b|\\bподчеркнул\\w*|\\bрассказал\\w*|\\bобъявил\\w*|\\bутвержда(ет|ют)\\b|\\bвысказал\\w*|\\bдобавил\\w*|\\bпояснил\\w*|\\bнапомнил\\w*|\\bнапоминает\\b|\\bпризнал\\w*|\\bподтвердил\\w*|\\bпередает\\b|\\bпо словам\\b|\\bвыступил\\w* с заявлением|\\bсогласно заявлению\\b")),
            "az",
                    List.of(
                            t(
                                    EventType.CALL,
                                    false,
                                    "\\btelefonla (zəng|danış)\\w*|\\btelefon danışığı apar\\w*|\\bzəng edib\\w*|\\btelefon (danışığı|söhbəti) (olub|keçirib\\w*)"),
                            t(EventType.CALL, true, "\\btelefon (danışığı|söhbəti)\\w*"),
                            t(
                                    EventType.MEET,
                                    false,
                                    "\\bgörüşüb\\w*|\\bgörüşdü\\w*|\\bgörüş keçirib\\w*|\\bdanışıqlar aparıb\\w*|\\bsəfər(ə|lə)? (gəlib|gedib|edib|səfərdə olub)\\w*|\\bziyarət edib\\w*"),
                            t(
                                    EventType.MEET,
                                    true,
                                    "\\b(görüş|səfər|danışıqlar)\\w* (zamanı|çərçivəsində|ərzində)|\\bsöhbət zamanı"),
                            t(
                                    EventType.AGREEMENT,
                                    false,
                                    "\\b(saziş|müqavilə|memorandum|bəyannamə|razılaşma|sənəd|əsasnamə)\\w* [^.;]{0,40}imzala(yıb|yıblar|nıb|dı|dılar)\\w*|\\bimzala(yıb|yıblar|dı|dılar)\\w*\\b[^.;]{0,10}(saziş|müqavilə|memorandum)|\\brazılaşıb\\w*|\\brazılığa gəlib\\w*"),
                            t(
                                    EventType.ACCUSATION,
                                    false,
                                    "\\bittiham (edib|edir|ediblər|etdi)\\w*|\\bgünahlandır(ıb|ır|dı)\\w*|\\bpislə(yib|di|yir)\\w*|\\betiraz (edib|edir|etdi|bildirib)\\w*|\\bqına(yıb|dı|yır)\\w*"),
                            t(
                                    EventType.STATEMENT,
                                    false,
                                    "\\bbildir(ib|ir|di)\\b|\\bbildiriblər\\b|\\bdeyib\\w*|\\bqeyd (edib|edir|etdi)\\w*|\\bvurğula(yıb|yır|dı)\\w*|\\baçıqla(yıb|yır|dı)\\w*|\\baçıqlama (verib|yayıb|yayımlayıb)\\w*|\\bməlumat (verib|yayıb)\\w*|\\bsöylə(yib|di)\\w*|\\bəlavə edib\\w*|\\bbəyan edib\\w*|\\bxatırla(dıb|dı)\\w*")));

    private Triggers() {}

    private static Trigger t(EventType type, boolean framing, String regex) {
        return new Trigger(type, framing, Pattern.compile(regex, FLAGS));
    }

    /** The triggers in a sentence, in text order; verbal triggers after a negation or a modal are left out. */
    static List<Hit> in(Language language, String sentence) {
        List<Hit> hits = new ArrayList<>();
        Pattern blocker = BLOCKERS.get(language.code());
        boolean future = FUTURE.get(language.code()).matcher(sentence).find();
        for (Trigger trigger : TRIGGERS.get(language.code())) {
            Matcher matcher = trigger.pattern().matcher(sentence);
            while (matcher.find()) {
                if (trigger.framing() && future) {
                    continue;
                }
                if (!trigger.framing()) {
                    String before = sentence.substring(Math.max(0, matcher.start() - 40), matcher.start());
                    if (blocker.matcher(before).find()) {
                        continue;
                    }
                }
                hits.add(new Hit(trigger.type(), trigger.framing(), matcher.start(), matcher.end()));
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }
}
