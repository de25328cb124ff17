#!/usr/bin/env python3
"""Writes cities.json (kind "places") from Debian's WordNet (wordnet-base).

Run by hand (the output is committed):
    python3 ingest/lexicons/generate_cities.py > ingest/lexicons/cities.json

News codes an event by the state where it happens: "shelled Juba", "a curfew in
Algiers" act on that state. WordNet types cities, towns, ports and the
states or provinces of a country as instances (@i) of those classes and
places them with part holonyms (#p): Basra is part of Iraq, Los Angeles of
California, which is part of the United States. Every such instance whose
holonym chain reaches a country of countries.json becomes an entry.

Names that are also ordinary words (Mobile, Reading, Bath) or name something
else in WordNet (Lincoln the president, Florence the nurse) are left out:
a wrong country is worse than none.
"""
import json
import os
import sys

WORDNET = "/usr/share/wordnet"
HERE = os.path.dirname(os.path.abspath(__file__))
PLACE_CLASSES = {"city", "town", "port", "national_capital", "state_capital", "provincial_capital",
                 "urban_center", "metropolis", "village", "township", "municipality",
                 "American_state", "state", "province", "region", "geographical_region", "district",
                 "territory", "island"}


CONNECTIVES = {"de", "del", "da", "do", "dos", "of", "la", "le", "les", "al", "el", "es", "des", "du", "am",
               "an", "der", "y", "sur", "upon", "on"}


def read_synsets():
    synsets = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i] for i in range(count)]
            rest = fields[4 + 2 * count:]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
                if pos == "n":
                    pointers.append((symbol, target))
            synsets[offset] = (lemmas, pointers)
    return synsets


def ordinary_words():
    words = set()
    for name in ("index.verb", "index.adj", "index.adv"):
        with open(os.path.join(WORDNET, name), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    words.add(line.split()[0])
    return words


def main():
    synsets = read_synsets()
    countries = json.load(open(os.path.join(HERE, "countries.json")))["entries"]
    code_of = {}
    for c in countries:
        for name in [c["name"]] + c.get("names", []):
            code_of[name.replace(" ", "_")] = c["code"]
    country_synsets = {}
    for offset, (lemmas, pointers) in synsets.items():
        for lemma in lemmas:
            if lemma in code_of and any(s == "@i" for s, _ in pointers):
                country_synsets.setdefault(offset, code_of[lemma])

    def place_class(offset):
        lemmas, pointers = synsets[offset]
        return any(s == "@i" and set(synsets[t][0]) & PLACE_CLASSES for s, t in pointers)

    def country_of(offset, depth=0):
        if offset in country_synsets:
            return country_synsets[offset]
        if depth >= 4:
            return None
        for symbol, target in synsets[offset][1]:
            if symbol == "#p":
                code = country_of(target, depth + 1)
                if code:
                    return code
        return None

    # Lower-cased lemma -> the countries of its place senses, and whether it
    # has any other sense.
    places, other_sense = {}, set()
    for offset, (lemmas, pointers) in synsets.items():
        is_place = offset not in country_synsets and place_class(offset)
        code = country_of(offset) if is_place else None
        for lemma in lemmas:
            key = lemma.lower()
            if code:
                places.setdefault(lemma, set()).add(code)
            elif offset not in country_synsets:
                other_sense.add(key)
    ordinary = ordinary_words()  # verbs, adjectives, adverbs: "Nice", "Mobile"
    entries = []
    for lemma, codes in sorted(places.items()):
        key = lemma.lower()
        if len(codes) != 1 or key in other_sense or not lemma[0].isupper() or lemma in code_of:
            continue
        if key in ordinary:
            continue
        # "Laotian capital" is a description, not a name.
        if not all(w[0].isupper() or w in CONNECTIVES for w in lemma.split("_")):
            continue
        entries.append({"name": lemma.replace("_", " "), "country": codes.pop()})
    out = {
        "kind": "places",
        "about": "Cities, towns, ports and provinces and the country each is in, generated from WordNet 3.0 "
                 "(instances of city/town/port/state/province... with part holonyms reaching a country) by "
                 "generate_cities.py. Do not edit by hand: add to places.json instead.",
        "entries": entries,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
