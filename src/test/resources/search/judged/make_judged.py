#!/usr/bin/env python3
"""Makes the judged search queries (judged-ru.tsv, judged-en.tsv, judged-az.tsv) from the real corpora
in ../shared/corpus/real, the Azerbaijani seed sentences in ../shared/corpus/az-seed.txt and Gazette's own
demo stories. Run from the repository root:  python3 src/test/resources/search/judged/make_judged.py

How a line is made (see README.md beside this file): for each lemma listed below by hand, with the
paradigm of endings it declines by, every story whose headline, dek or body holds any form of it is a
story a reader who types that lemma wants. The query is one form of the lemma: for the "inflected"
queries a case form that at least one of those stories does not use (the form a reader's own sentence
would take), for the others the form every wanted story uses. Lemmas found in none or in more than 12
stories are left out (recall@10 would not tell anything). Nothing from the corpora is copied: only the
ids of the stories and word forms.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('GAZETTE_SHARED', os.path.join(ROOT, '../../../../../../shared'))
REPO = os.path.join(ROOT, '../../../../..')

def plain(html):
    return re.sub(r'<[^>]+>', ' ', html or '')

def stories(files):
    out = []
    for name in files:
        with open(os.path.join(SHARED, 'corpus/real', name), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                out.append((d['id'], ' '.join([d['headline'], d.get('dek') or '', plain(d['body'])])))
    return out

def az_stories():
    out = []
    with open(os.path.join(REPO, 'src/main/resources/demo/articles.jsonl'), encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['lang'] == 'az':
                out.append((d['id'], ' '.join([d['headline'], d.get('dek') or '', d['body']])))
    with open(os.path.join(SHARED, 'corpus/az-seed.txt'), encoding='utf-8') as f:
        for n, line in enumerate((l for l in f if l.strip()), 1):
            out.append(('az-seed-%02d' % n, line.strip()))
    return out

def words(text, lang):
    if lang == 'az':
        text = text.replace('İ', 'i').replace('I', 'ı')
        text = re.sub(r"['’]\w*", '', text)
        return set(re.findall(r'\w+', text.lower()))
    if lang == 'en':
        return set(re.findall(r"[a-z0-9]+(?:'s)?", text.lower().replace('’', "'")))
    return set(re.findall(r'\w+', text.lower().replace('ё', 'е')))

# ---- Russian paradigms: endings after the stem ----
RU = {
    'M': ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],          # Вашингтон, договор
    'MK': ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'],         # Ирак, банк (и after к/г/х)
    'S': ['', 'а', 'у', 'ым', 'е', 'ой', 'ы', 'ых', 'ыми'],                # surnames in -ов/-ев/-ин
    'F': ['а', 'ы', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'],          # Канада, ракета
    'FK': ['а', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'],         # Америка, Польша
    'IA': ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях'],           # Индонезия, комиссия
    'IE': ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях'],     # соглашение
    'N': ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах'],                # правительство
    'SOFT': ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'],      # Кремль, Израиль
    'Y': ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях'],         # Сергей, музей
    'FS': ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях'],                       # Роснефть, сеть
    'A': ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ыми'],
    'AK': ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'],
}
# the query forms tried, in order, for an inflected query of each paradigm (the first that some wanted
# story does not use wins): oblique cases a reader's sentence puts the word in
RU_ASK = {'M': ['у', 'ом', 'е', 'а'], 'MK': ['у', 'ом', 'е', 'а'], 'S': ['у', 'ым', 'а', ''],
          'F': ['ой', 'у', 'е', 'ы'], 'FK': ['ой', 'у', 'е', 'и'], 'IA': ['ией', 'ию', 'ии'],
          'IE': ['ием', 'ию', 'ии'], 'N': ['ом', 'у', 'е'], 'SOFT': ['ем', 'ю', 'е'], 'Y': ['ем', 'ю', 'е'],
          'FS': ['ью', 'и'], 'A': ['ому', 'ым', 'ой', 'ых'], 'AK': ['ому', 'им', 'ой', 'их']}

RU_LEMMAS = """
Вашингтон M place; Пакистан M place; Казахстан M place; Петербург MK place; Минск MK place; Крым M place
Афганистан M place; Евросоюз M place; Париж M place; Донецк MK place; Донбасс M place; Иерусалим M place
Таиланд M place; Сеул M place; Иран M place; Ирак MK place; Кабул M place; Сингапур M place
Лондон M place; Ленинград M place; Пхеньян M place; Екатеринбург MK place; Урал M place; Азербайджан M place
Роскомнадзор M org; Мегафон M org; Газпром M org; Ростелеком MK org; Конгресс M org; Сенат M org
Яндекс M org; Спартак MK org; Коммерсант M org; Роснефтегаз M org
Индонез IA place; Белорусс IA place; Япон IA place; Груз IA place; Грец IA place; Эстон IA place
Корe IA place; Болгар IA place; Норвег IA place; Черногор IA place; Финлянд IA place; Калифорн IA place
Эфиоп IA place; Венгр IA place; Австрал IA place; Испан IA place; Нигер IA place; Швец IA place
Хорват IA place; Серб IA place; Армен IA place; Словак IA place; Бельг IA place; Австр IA place
Брази IA place; Эритре IA place; Британ IA place
Канад F place; Аргентин F place; Палестин F place; Одесс F place; Мальт F place; Венесуэл F place
Америк FK place; Мексик FK place; Польш FK place; Праг FK place; Африк FK place
Кремл SOFT place; Израил SOFT place; Севастопол SOFT place
Роснефт FS org
Лавров S name; Усманов S name; Сечин S name; Медведев S name; Путин S name; Лужков S name
Топалов S name; Песков S name; Илюмжинов S name; Токарев S name; Дуров S name; Якунин S name
Кадыров S name; Кудрин S name; Громов S name; Демидов S name; Белов S name; Щеголев S name
Федоров S name; Пушкин S name
Обам F name; Янукович M name; Цукерберг MK name; Вексельберг MK name; Олланд M name; Цзиньпин M name
Алишер M name; Крамник MK name; Ковальчук MK name; Миллер M name; Кирсан M name; Рамзан M name
Серге Y name; Андре Y name; Алексе Y name
соглашен IE noun; предложен IE noun; землетрясен IE noun; требован IE noun; ограничен IE noun
заявлен IE noun; расследован IE noun; строительств N noun; правительств N noun; министерств N noun
законопроект M noun; саммит M noun; конфликт M noun; договор M noun; парламент M noun; кризис M noun
корабл SOFT noun; альбом M noun; чемпионат M noun; турнир M noun; фестивал SOFT noun; музе Y noun
акционер M noun; губернатор M noun; избирател SOFT noun; спутник MK noun; самолет M noun; вертолет M noun
ракет F noun; санкц IA noun; оппозиц IA noun; церемон IA noun; комисс IA noun; конференц IA noun
выбор M noun; референдум M noun; землетрясени IE noun; наводнен IE noun; пожар M noun; взрыв M noun
забастовк FK noun; эпидем IA noun; вакцин F noun; нефт FS noun; электричеств N noun; лесн A adj
ядерн A adj; олимпийск AK adj; космическ AK adj; атомн A adj; шахматн A adj; футбольн A adj
хоккейн A adj; железнодорожн A adj; избирательн A adj; террористическ AK adj; военн A adj
президентск AK adj; украинск AK adj; белорусск AK adj; японск AK adj; китайск AK adj; иранск AK adj
"""

def parse_lemmas(block):
    out = []
    for part in re.split(r'[;\n]', block):
        part = part.strip()
        if part:
            stem, paradigm, kind = part.split()
            out.append((stem.replace('e', 'е'), paradigm, kind))
    return out

def judge(lemma, forms, ask, docs, kind, lang, cap):
    wanted = [i for i, ws in docs if any(f in ws for f in forms)]
    if not 1 <= len(wanted) <= 12:
        return []
    used = [{f for f in forms if f in ws} for i, ws in docs if i in wanted]
    lines = []
    for form in ask:
        if any(form not in u for u in used):
            lines.append((cap(form), 'inflected', kind, wanted, lemma))
            break
    common = set.intersection(*used)
    if common:
        lines.append((cap(sorted(common)[0]), 'as-written', kind, wanted, lemma))
    return lines

def russian():
    docs = [(i, words(t, 'ru')) for i, t in stories(['ru-factrueval.jsonl', 'itn-ru.jsonl'])]
    lines = []
    for stem, paradigm, kind in parse_lemmas(RU_LEMMAS):
        s = stem.lower()
        forms = [s + e for e in RU[paradigm]]
        ask = [s + e for e in RU_ASK[paradigm]]
        if s[-1] in 'шжчщц':
            ask = [a[:-2] + 'ей' if a.endswith('ой') else a for a in ask]  # Польшей, not Польшой
        cap = (lambda f: f[:1].upper() + f[1:]) if kind != 'noun' and kind != 'adj' else (lambda f: f)
        lines += judge(s + RU[paradigm][0], forms, ask, docs, kind, 'ru', cap)
    return lines

# ---- English: endings after the stem ----
EN = {'N': ['', 's', "'s"], 'ES': ['', 'es'], 'Y': ['y', 'ies'], 'P': ['', "'s"]}
EN_ASK = {'N': ['s', ''], 'ES': ['es', ''], 'Y': ['ies', 'y'], 'P': ["'s", '']}
EN_LEMMAS = """
Bolsonaro P name; Indonesia P place; Italy P place; Canada P place; Nobel P name; Greece P place
Iran P place; Malaysia P place; Alabama P place; Sweden P place; Cuba P place; Madagascar P place
Dallas P place; Mexico P place; Trump P name; Afghanistan P place; Thailand P place; Truss P name
Seoul P place; Nepal P place; Ardern P name; Hipkins P name; Pakistan P place; Mississippi P place
Google P org; California P place; Australia P place; Washington P place; Florida P place; Ohio P place
Berlin P place; Croatia P place; Musharraf P name; Calabria P place; Thessaly P place; Finland P place
London P place; Obama P name; Germany P place; Jerusalem P place; Houston P place; Sunak P name
Scientology P org; Castillo P name; Boluarte P name; Griner P name; Peshawar P place; Kallas P name
Mozambique P place; Zimbabwe P place; Putin P name; Ukraine P place; Poland P place; Bush P name
Arkansas P place; Massachusetts P place; Slovenia P place; Sochi P place; Europe P place; China P place
hurricane N noun; cyclone N noun; earthquake N noun; landslide N noun; election N noun; protest N noun
missile N noun; migrant N noun; refugee N noun; volunteer N noun; temperature N noun; flood N noun
asteroid N noun; referendum N noun; athlete N noun; museum N noun; pilgrim N noun; senator N noun
stampede N noun; volcano ES noun; eruption N noun; tornado ES noun; ferry Y noun; casualty Y noun
university Y noun; embassy Y noun; astronaut N noun; telescope N noun; vaccine N noun; airline N noun
journalist N noun; satellite N noun; championship N noun; tournament N noun; strike N noun; coup N noun
Kristersson P name; Schengen P place; Pokhara P place; Cianjur P place; Halloween P name; Dimorphos P name
Artemis P name; Riigikogu P org; Gujarat P place; Sukhothai P place; Peru P place; Brazil P place
Turkey P place; Syria P place; Japan P place; Korea P place; Nigeria P place; Kenya P place
Musk P name; Twitter P org; NASA P org; Zelenskyy P name; Lula P name; Biden P name
civilian N noun; warrant N noun; candidate N noun; voter N noun; victim N noun; scientist N noun
student N noun; official N noun; attack N noun; death N noun; party Y noun; country Y noun
shooting N noun; explosion N noun; fire N noun; storm N noun; prisoner N noun; spacecraft N noun
glacier N noun; robot N noun; planet N noun; mosque N noun; protester N noun; hostage N noun
"""

def english():
    docs = [(i, words(t, 'en')) for i, t in stories(['en-wikinews.jsonl', 'itn-en.jsonl'])]
    lines = []
    for stem, paradigm, kind in parse_lemmas(EN_LEMMAS):
        s = stem.lower()
        base = s[:-1] if paradigm == 'Y' else s
        forms = [base + e for e in EN[paradigm]]
        ask = [base + e for e in EN_ASK[paradigm]]
        cap = (lambda f: f[:1].upper() + f[1:]) if kind not in ('noun',) else (lambda f: f)
        lines += judge(forms[0], forms, ask, docs, kind, 'en', cap)
    return lines

# ---- Azerbaijani: the annotated word list (form, stem, kind in ../az-word-forms.tsv) ----
AZ_VOWELS = 'aıoueəiöü'
AZ_ABBREVIATIONS = {'abş', 'atət', 'bmt', 'mdb', 'nato', 'opec', 'uefa', 'socar', 'tanap'}

def az_case(stem, case):
    """A case form of a nominative, by vowel harmony and buffer consonants (written here, for the queries)."""
    last = next((c for c in reversed(stem) if c in AZ_VOWELS), 'a')
    back = last in 'aıou'
    four = {'a': 'ı', 'ı': 'ı', 'o': 'u', 'u': 'u', 'e': 'i', 'ə': 'i', 'i': 'i', 'ö': 'ü', 'ü': 'ü'}[last]
    two = 'a' if back else 'ə'
    vowel_end = stem[-1] in AZ_VOWELS
    if not vowel_end and case in ('gen', 'dat') and len(stem) > 3 and stem[-1] in 'kq' \
            and stem[-2] in AZ_VOWELS:
        stem = stem[:-1] + ('y' if stem[-1] == 'k' else 'ğ')
    return stem + {'gen': ('n' if vowel_end else '') + four + 'n', 'dat': ('y' if vowel_end else '') + two,
                   'loc': 'd' + two, 'abl': 'd' + two + 'n', 'ins': ('y' if vowel_end else '') + 'l' + two}[case]

def azerbaijani():
    docs = [(i, words(t, 'az')) for i, t in az_stories()]
    lemmas = {}
    with open(os.path.join(ROOT, '../az-word-forms.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                form, stem, kind = line.rstrip('\n').split('\t')[:3]
                lemmas.setdefault((stem, kind), {stem}).add(form)
    lines = []
    cases = ['gen', 'loc', 'dat', 'abl', 'ins']
    for n, ((stem, kind), forms) in enumerate(lemmas.items()):
        ask = [az_case(stem, cases[(n + k) % len(cases)]) for k in range(len(cases))]
        if stem in AZ_ABBREVIATIONS:
            continue  # written ABŞ-ın, with a hyphen: the hyphen splits the word before any stemming
        cap = (lambda f: {'i': 'İ', 'ı': 'I'}.get(f[0], f[0].upper()) + f[1:]) if kind != 'noun' else (lambda f: f)
        lines += judge(stem, forms, ask, docs, kind, 'az', cap)
    return lines

def write(lang, lines, note):
    path = os.path.join(ROOT, 'judged-%s.tsv' % lang)
    seen = set()
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# Judged %s queries, made by make_judged.py (see README.md): %s\n' % (lang, note))
        f.write('# query\tinflected or as-written\tkind\twanted story ids\tlemma\n')
        for query, flag, kind, wanted, lemma in lines:
            if query.lower() in seen:
                continue
            seen.add(query.lower())
            f.write('\t'.join([query, flag, kind, '|'.join(wanted), lemma]) + '\n')
    counts = {}
    for _, flag, *_ in lines:
        counts[flag] = counts.get(flag, 0) + 1
    print(lang, len(seen), counts)

if __name__ == '__main__':
    which = sys.argv[1:] or ['ru', 'en', 'az']
    if 'ru' in which:
        write('ru', russian(), 'stories from ru-factrueval.jsonl and itn-ru.jsonl')
    if 'en' in which:
        write('en', english(), 'stories from en-wikinews.jsonl and itn-en.jsonl')
    if 'az' in which:
        write('az', azerbaijani(), 'the Azerbaijani demo stories and az-seed.txt (one story per line, az-seed-NN)')
