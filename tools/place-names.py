#!/usr/bin/env python3
"""Writes the place names of Debian's iso-codes package (ISO 3166-2 subdivisions, ISO 3166-3 former
countries) in their own form and in Russian and Azerbaijani translation, one a line, for the entity
recogniser's word lists (src/main/resources/org/gazette/entity/places-iso.txt.gz).

    python3 tools/place-names.py | gzip -9n > src/main/resources/org/gazette/entity/places-iso.txt.gz
"""
import gettext
import json

ISO = "/usr/share/iso-codes/json/"


def names(standard, key):
    with open(ISO + "iso_" + standard + ".json", encoding="utf-8") as f:
        entries = json.load(f)[key]
    found = set()
    for entry in entries:
        for field in ("name", "official_name", "common_name"):
            if entry.get(field):
                found.add(entry[field])
    result = set(found)
    for language in ("ru", "az"):
        try:
            translation = gettext.translation("iso_" + standard, localedir="/usr/share/locale",
                                              languages=[language])
        except OSError:
            continue
        result.update(translation.gettext(name) for name in found)
    return result


places = names("3166-2", "3166-2") | names("3166-3", "3166-3")
for name in sorted(places):
    print(name)
