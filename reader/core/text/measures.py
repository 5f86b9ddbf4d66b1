"""A figure with an SI unit of mass, volume or length, read as the quantity it states.

'85 µg' and '85 mg' are two quantities a thousandfold apart, '0,25 kg' and '250 g' one (trial B,
finding 2: the first passed as the number 85 on both sides, the second was flagged). The prefixes
are plain facts of SI (micro, milli, centi, deci, kilo), the units' names and symbols in Dutch,
French and English are CLDR's (babel: 'milligram', 'milligramme', 'liter', 'litre', 'mg', 'mL'); a
unit per another ('40 µg/kg', '20 mg/ml') is the quotient of the two. A figure so read keeps its
number, which a figure said without its unit on the other side still matches (the unit left to the
context), and carries its measure in the unit's base ('0.085 g'), which a figure with a unit of the
same base must equal. A range's first end takes its last end's unit ('van 0,5 tot 1 kg').
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from reader.core.text.number_words import canonical
from reader.core.text.quantity import Quantity
from reader.core.text.unit_spans import joined

# CLDR's unit ids, each with its base unit and its SI prefix's factor
_UNITS = {
    "mass-microgram": ("g", "1e-6"),
    "mass-milligram": ("g", "1e-3"),
    "mass-gram": ("g", "1"),
    "mass-kilogram": ("g", "1e3"),
    "volume-milliliter": ("l", "1e-3"),
    "volume-centiliter": ("l", "1e-2"),
    "volume-deciliter": ("l", "1e-1"),
    "volume-liter": ("l", "1"),
    "length-micrometer": ("m", "1e-6"),
    "length-millimeter": ("m", "1e-3"),
    "length-centimeter": ("m", "1e-2"),
    "length-decimeter": ("m", "1e-1"),
    "length-meter": ("m", "1"),
    "length-kilometer": ("m", "1e3"),
}
_LOCALES = ("nl_BE", "fr_BE", "en", "en_GB")
_SPACE = " \u00a0\u202f"


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, Decimal]]:
    """Each way CLDR writes a unit (long, short and narrow; one and many) -> (base, factor). The
    micro sign typed (U+00B5) stands beside CLDR's Greek mu (U+03BC)."""
    from babel.units import format_unit

    found: dict[str, tuple[str, Decimal]] = {}
    for unit, (base, factor) in _UNITS.items():
        for locale in _LOCALES:
            for length in ("long", "short", "narrow"):
                for count in (1, 2):
                    written = format_unit(count, unit, length=length, locale=locale)
                    word = written.replace(str(count), "", 1).strip(_SPACE)
                    for form in {word, word.replace("μ", "µ")}:
                        found[form] = (base, Decimal(factor))
    return found


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A unit right after a figure, perhaps per another: symbols as CLDR cases them ('5G' is no
    grams), words in any case; never a unit glued to more letters, a square or a cube ('5 min', 'm²')."""
    forms = sorted(_spellings(), key=len, reverse=True)
    one = "|".join(rf"(?i:{re.escape(f)})" if len(f) > 3 else re.escape(f) for f in forms)
    return re.compile(rf"[{_SPACE}]?(?P<unit>{one})(?:/(?P<per>{one})(?![\w²³'’]))?(?![\w²³'’])")


def _unit(written: str) -> tuple[str, Decimal]:
    spellings = _spellings()
    return spellings.get(written) or next(v for k, v in spellings.items() if k.lower() == written.lower())


def _measure(value: str, unit: tuple[str, Decimal], per: tuple[str, Decimal] | None) -> str:
    amount = Decimal(value) * unit[1] / (per[1] if per else 1)
    return f"{canonical(float(amount))} {unit[0]}" + (f"/{per[0]}" if per else "")


def measures(found: list[Quantity], text: str) -> list[Quantity]:
    """Each figure followed by a unit, with that unit in its text and its measure."""
    units: dict[int, tuple[tuple[str, Decimal], tuple[str, Decimal] | None]] = {}
    for i, q in enumerate(found):
        m = _pattern().match(text, q.start + len(q.text)) if q.kind == "number" else None
        if m is None:
            continue
        unit, per = _unit(m.group("unit")), _unit(m.group("per")) if m.group("per") else None
        try:
            found[i] = replace(q, text=text[q.start : m.end()], measure=_measure(q.value, unit, per))
        except (InvalidOperation, ValueError):
            continue
        units[i] = (unit, per)
    for i in sorted(units, reverse=True):  # 'van 0,5 tot 1 kg': the first end is 0,5 kg
        first = found[i - 1] if i else None
        if first is not None and first.kind == "number" and not first.measure and joined(first, found[i], text):
            try:
                found[i - 1] = replace(first, measure=_measure(first.value, *units[i]))
            except (InvalidOperation, ValueError):
                continue
    return found
