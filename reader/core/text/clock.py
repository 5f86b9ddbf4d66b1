"""Times of day as the three languages write them: '10.00 uur', '10 h 30', '10:30', English's
'11.45 am' and '5 pm' (a 12-hour clock: '5 pm' is 17 h), and the words for noon and midnight
('à midi', 'at noon', 'om middernacht'). Read by numbers.py."""

from __future__ import annotations

import re

from reader.core.text.quantity import Quantity

_AM = re.compile(r"\s?([ap])(?:\.\s?m\.|m\b)", re.IGNORECASE)
_MEASURED = re.compile(r"\s?(?:%|per\s?cent|percent|[mb]illion|euros?|€|kg|km|tonnes?)", re.IGNORECASE)
# The words of the clock's two hours (a plain fact of each language). 'Midi' is also the south, and
# lunchtime: soft, so they cover '12 uur' on the other side and are never reported themselves.
CLOCK_WORDS = {"midi": "12:00", "noon": "12:00", "minuit": "00:00", "midnight": "00:00", "middernacht": "00:00"}
CLOCK_WORD = r"(?P<twelve>12\s)?(?P<cw>midi|minuit|noon|midnight|middernacht)"
MERIDIEM = r"\s?(?:[ap]\.\s?m\.|[ap]m\b)"  # 'p.m.' keeps its dot, 'pm.' ends a sentence


def read_time(m: re.Match[str], surface: str, text: str, start: int, lang: str) -> list[Quantity] | None:
    if m.groupdict().get("cw"):  # '12 noon' says the hour in full: no longer only plausible
        twelve = bool(m.group("twelve"))
        return [Quantity("time", CLOCK_WORDS[m.group("cw").lower()], surface, start, soft=not twelve)]
    hour = int(m.group("h"))
    minute = int(m.group("mi") or m.group("mi2") or 0)
    if hour > 24 or minute > 59:
        return None
    unit = re.search(r"(uur|u|h|heures?|hrs?)\s*$", surface, re.IGNORECASE)
    meridiem = _AM.search(surface) or _AM.match(text, m.end())
    # British English writes its times so: 'at 11.45', '11.45 am' (a plain fact of the language)
    said = lang == "en" and bool(re.search(r"\bat $", text[max(0, start - 3) : start]) or meridiem)
    said = said and not _MEASURED.match(text, m.end())  # 'at 3.25 percent' is a rate
    if m.group("mi") and not unit and ":" not in surface and not said and not meridiem:
        return None  # '3.25' alone is a decimal, not a time
    if meridiem:
        if not 1 <= hour <= 12:
            return None  # '17 pm' is no time of a 12-hour clock
        hour = hour % 12 + (12 if meridiem.group(1).lower() == "p" else 0)
    if hour == 24 and not minute and re.search(r"(?:uur|heures?)\s*$", surface, re.IGNORECASE):
        # '24 heures', '24 uur' said in full is a day's length, a number of hours: a count the other
        # side gives otherwise is a number flag naming both ('vier uur' / '24 heures', a new user's trial)
        return [Quantity("number", "24", surface, start)]
    # '24u' is a day's length ('diensten van 24u', 'ouvert 24h/24'), hardly a time of day: it covers only
    return [Quantity("time", f"{hour:02d}:{minute:02d}", surface, start, soft=hour == 24 and not minute)]
