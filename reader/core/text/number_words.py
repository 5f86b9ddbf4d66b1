"""The words of numbers, months, weekdays, fractions and idioms in nl, fr and en: data, not logic.

numbers.py reads text with them; a new language or a missed word goes here.
"""

from __future__ import annotations

MONTHS = {
    **dict.fromkeys(["januari", "janvier", "january", "jan", "janv"], 1),
    **dict.fromkeys(["februari", "février", "fevrier", "february", "feb", "févr", "fevr"], 2),
    **dict.fromkeys(["maart", "mars", "march", "mrt", "mar"], 3),
    **dict.fromkeys(["april", "avril", "apr", "avr"], 4),
    **dict.fromkeys(["mei", "mai", "may"], 5),
    **dict.fromkeys(["juni", "juin", "june", "jun"], 6),
    **dict.fromkeys(["juli", "juillet", "july", "jul", "juil"], 7),
    **dict.fromkeys(["augustus", "août", "aout", "august", "aug"], 8),
    **dict.fromkeys(["september", "septembre", "sep", "sept"], 9),
    **dict.fromkeys(["oktober", "octobre", "october", "okt", "oct"], 10),
    **dict.fromkeys(["november", "novembre", "nov"], 11),
    **dict.fromkeys(["december", "décembre", "decembre", "dec", "déc"], 12),
}
WEEKDAYS = {
    **dict.fromkeys(["maandag", "lundi", "monday"], 0),
    **dict.fromkeys(["dinsdag", "mardi", "tuesday"], 1),
    **dict.fromkeys(["woensdag", "mercredi", "wednesday"], 2),
    **dict.fromkeys(["donderdag", "jeudi", "thursday"], 3),
    **dict.fromkeys(["vrijdag", "vendredi", "friday"], 4),
    **dict.fromkeys(["zaterdag", "samedi", "saturday"], 5),
    **dict.fromkeys(["zondag", "dimanche", "sunday"], 6),
}
SCALES = {
    **dict.fromkeys(["miljoen", "miljoenen", "million", "millions", "mio", "mln"], 1e6),
    **dict.fromkeys(
        ["miljard", "miljarden", "milliard", "milliards", "billion", "billions", "mld", "mrd", "md", "bn"], 1e9
    ),
    **dict.fromkeys(["duizend", "mille", "thousand"], 1e3),
}
# Number words per language: 'ten' is English ten but Dutch 'at the'; 'premier' is French 'first'
# but Dutch 'prime minister'.
HARD_WORDS = {
    "nl": {
        "één": 1,
        "eén": 1,
        "twee": 2,
        "drie": 3,
        "vijf": 5,
        "zes": 6,
        "acht": 8,
        "negen": 9,
        "tien": 10,
        "twaalf": 12,
        "dertien": 13,
        "veertien": 14,
        "vijftien": 15,
        "zestien": 16,
        "twintig": 20,
        "dertig": 30,
        "veertig": 40,
        "vijftig": 50,
        "honderd": 100,
    },
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "cent": 100,
    },
    "en": {
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "hundred": 100,
    },
}
SOFT_WORDS = {
    "nl": {"een": 1, "vier": 4, "zeven": 7, "elf": 11},
    "fr": {"un": 1, "une": 1, "neuf": 9},
    "en": {"one": 1, "a": 1, "an": 1},
}
ORDINALS = {
    "nl": {
        "eerste": 1,
        "tweede": 2,
        "derde": 3,
        "vierde": 4,
        "vijfde": 5,
        "zesde": 6,
        "zevende": 7,
        "achtste": 8,
        "negende": 9,
        "tiende": 10,
    },
    "fr": {
        "premier": 1,
        "première": 1,
        "premiere": 1,
        "premiers": 1,
        "premières": 1,
        "deuxième": 2,
        "deuxieme": 2,
        "second": 2,
        "seconde": 2,
        "troisième": 3,
        "troisieme": 3,
        "quatrième": 4,
        "cinquième": 5,
        "sixième": 6,
        "septième": 7,
        "huitième": 8,
        "neuvième": 9,
        "dixième": 10,
    },
    "en": {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    },
}
SOFT_ORDINALS = {"second", "seconde"}

# Fractions and multiplicatives say the same thing in other words: 'de helft' = 'la moitié' =
# 'une sur deux' (1/2), 'driemaal' = 'trois fois' (x3). They are read as such, before the words
# that make them up could be read as plain numbers.
_CARDINAL = {
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "tien": 10, "honderd": 100},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "cent": 100},
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "hundred": 100},
}
FRACTIONS = {
    "nl": {"helft": "1/2", "derde": "1/3", "kwart": "1/4", "vierde": "1/4"},
    "fr": {"moitié": "1/2", "moitie": "1/2", "tiers": "1/3", "quart": "1/4"},
    "en": {"half": "1/2", "third": "1/3", "quarter": "1/4"},
}
# Phrases where a number word is no number: 'in acht nemen' (to take into account).
IDIOMS = {
    "nl": r"in\s+acht\s+(?:te\s+)?(?:nemen|neemt|neem|genomen|nam|namen)|met\s+twee\s+woorden",
    "fr": r"à\s+deux\s+pas|en\s+deux\s+mots",
    "en": r"at\s+sixes\s+and\s+sevens|in\s+two\s+words",
}
