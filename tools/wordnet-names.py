#!/usr/bin/env python3
"""Writes the named people, organisations and places of WordNet 3.0 (Debian's wordnet-base package), one
a line as TYPE, a tab and the name ("PER\tAbraham Lincoln"), for the entity recogniser's gazetteer
(src/main/resources/org/gazette/entity/names-wordnet.txt.gz).

A WordNet noun synset that is an instance of a class (pointer "@i": "Paris" is an instance of "national
capital") names one thing. Its type is found by walking its hypernyms up to person (PER), organisation
or social group (ORG), or location (LOC); instances of anything else (wars, books, gods) are left out, as
are names of one letter. Organisations are often classes rather than instances in WordNet ("United
Nations" is a kind of international organisation), so a capitalised class name under organisation
counts too. A name found with two types keeps both lines.

    python3 tools/wordnet-names.py | gzip -9n > src/main/resources/org/gazette/entity/names-wordnet.txt.gz
"""
import sys

DATA = "/usr/share/wordnet/data.noun"
ROOTS = {
    "00007846": "PER",  # person, individual, someone
    "08008335": "ORG",  # organization, organisation
    "07950920": "ORG",  # social group
    "00027167": "LOC",  # location
}


def read():
    synsets = {}
    with open(DATA, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            up, instance = [], False
            for p in range(pointers):
                symbol, target, pos = fields[at + 1 + 4 * p: at + 4 + 4 * p]
                if pos == "n" and symbol in ("@", "@i"):
                    up.append(target)
                    instance |= symbol == "@i"
            synsets[offset] = (words, up, instance)
    return synsets


def types(synsets, offset):
    found, seen, todo = set(), set(), [offset]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if current in ROOTS:
            found.add(ROOTS[current])
            continue
        todo.extend(synsets[current][1])
    return found


def main():
    synsets = read()
    lines = set()
    for offset, (words, up, instance) in synsets.items():
        found = types(synsets, offset)
        if not instance:
            # a class with a capitalised name is a name only for organisations ("Senate", "IAEA"); for
            # people and places it is a nationality or a kind ("American", "Balkan state")
            found &= {"ORG"}
        for kind in found:
            for word in words:
                name = word.split("(")[0].replace("_", " ")
                if len(name) > 1 and name[0].isupper():
                    lines.add(kind + "\t" + name)
    for line in sorted(lines):
        sys.stdout.write(line + "\n")


main()
