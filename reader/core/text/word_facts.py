"""Facts of words the checks read beside numbers: a language's own month and weekday names, and the
number English holds in a compound adjective."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text.number_words import LOCALES


@lru_cache(maxsize=8)
def calendar_words(lang: str) -> frozenset[str]:
    """The language's own month and weekday names (CLDR, wide, lowercased): English capitalises
    them, and 'Friday' or 'March' alone is no name of a person, place or body (a trial's English
    version had 'Friday' flagged as a name the French lacked)."""
    from babel.dates import get_day_names, get_month_names

    locale = LOCALES.get(lang, lang)
    names = [*get_day_names("wide", "format", locale=locale).values()]
    names += [*get_month_names("wide", "format", locale=locale).values()]
    return frozenset(name.lower() for name in names)


# English makes an adjective of a number and its unit ('a six-year term', 'a two-day visit', 'a
# twenty-five-year-old'): a plain fact of the language, the number held in it (a French-original
# trial: 'six ans' said missing against 'six-year').
EN_COMPOUND = re.compile(
    r"([a-z]+(?:-[a-z]+)?)-(?:year|day|week|month|hour|minute|person|member|storey|page|point|step)s?(?:-old|-long)?"
)
