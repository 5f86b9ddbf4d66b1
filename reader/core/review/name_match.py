"""Where a name's form stands in a text, as the languages write it: articles and hyphens aside,
and in Dutch inside a compound or with its adjectives inflected. Read by names.py."""

from __future__ import annotations

import re
from functools import lru_cache

_ARTICLES = re.compile(r"(?<!\w)(?:(?:l|d)['’]|(?:la|le|les|de|du|des|a|au|aux|het|the|of|van|der|den)\s+)")


@lru_cache(maxsize=2048)
def _plain(folded: str) -> str:
    """A hyphen is a space ('Banque Carrefour', 'Banque-Carrefour') and articles go, with the
    preposition French repeats before each member ('à l'asile et à la Migration' is 'Asile et Migration')."""
    return " ".join(_ARTICLES.sub(" ", folded.replace("-", " ")).split())


@lru_cache(maxsize=8192)
def _pattern(form: str, compounds: bool) -> re.Pattern[str]:
    """A form at a word's start; in Dutch also inside a compound ('politiezone' holds 'politie',
    'socialezekerheidsbijdrage' holds 'sociale zekerheid'), without its adjective ending ('Vlaamse'
    is 'Vlaams' too) and without its plural ending, a compound being made of the singular stem
    ('Gewesten' in 'gewestbevoegdheid'): facts of Dutch word formation."""
    plain = _plain(form)
    if not compounds or len(plain) < 4:
        return re.compile(r"(?<!\w)" + re.escape(plain))
    *before, last = plain.split(" ")
    if before:  # 'het nationale Crisiscentrum' is the 'Nationaal Crisiscentrum': its adjective inflected
        head = _pattern(last, compounds).pattern
        return re.compile(r"\s?".join([*(_inflected(word) for word in before), f"(?:{head})"]))
    if plain.endswith("e") and len(plain) > 5:
        plain = plain[:-1]
    elif plain.endswith("en") and len(plain) > 6:  # a plural: 'Gemeenschappen' in 'gemeenschapsniveau'
        plain = plain[:-2]
        if len(plain) > 2 and plain[-1] == plain[-2] and plain[-1] not in "aeiou":
            plain = plain[:-1]  # the consonant doubled for the plural goes: 'gemeenschapp' is 'gemeenschap'
    return re.compile(r"\s?".join(re.escape(word) for word in plain.split(" ")))


# the vowels of a word's last syllable, before its closing consonants
_LAST_VOWELS = re.compile(r"([aeiouy]+)([^aeiouy\W]+)$")


def _inflected(word: str) -> str:
    """A Dutch adjective, inflected or not: an 'e' added after it, its long vowel then written once
    and a closing f or s voiced ('nationaal' / 'nationale', 'groot' / 'grote', 'actief' / 'actieve',
    'Vlaams' / 'Vlaamse'). A plain fact of Dutch spelling."""
    if len(word) < 4 or not word.isalpha():
        return re.escape(word)
    stem = word[:-1] if word.endswith("e") else word
    match = _LAST_VOWELS.search(stem)
    if match is None:
        return re.escape(word)
    vowels, tail = match.groups()
    if vowels[-1] in "aou" and (len(vowels) == 1 or vowels[-2:] == vowels[-1] * 2):
        kept = vowels[:-2] if vowels[-2:] == vowels[-1] * 2 else vowels[:-1]  # 'groot', 'grote'
        vowel = re.escape(kept) + vowels[-1] + "{1,2}"
    else:
        vowel = re.escape(vowels)
    tail = re.escape(tail[:-1]) + {"f": "[fv]", "s": "[sz]"}.get(tail[-1], re.escape(tail[-1]))
    return re.escape(stem[: match.start()]) + vowel + tail + "e?"


def occurrences(folded_text: str, forms: list[str], compounds: bool = False) -> int:
    """How often one of the forms starts a word (or, in Dutch, sits in one), hyphens and articles aside."""
    text = _plain(folded_text)
    return sum(len(_pattern(form, compounds).findall(text)) for form in dict.fromkeys(forms) if form)
