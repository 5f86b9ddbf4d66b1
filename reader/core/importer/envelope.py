"""A release that came by e-mail and was saved or pasted with its message around it.

A mail client writes the message's header fields at the top ('From:', 'Sent:', 'To:', 'Subject:',
or as Outlook and Thunderbird localise them: 'Van:', 'Verzonden:', 'Aan:', 'Onderwerp:', 'De :',
'Envoyé :', 'À :', 'Objet :'), then the sender's covering note ('Bonjour, veuillez trouver ci-dessous
…'), often set off from the release by a rule or a forwarding line. None of it is the release: the
header fields and the covering note are dropped (and listed, so the user can keep a line); the
subject, cleaned of 'RE:'/'FW:' and of a kicker, stands for the headline when the release gives
none of its own above its text.
"""

from __future__ import annotations

import re

from reader.core.importer.raw import RawBlock
from reader.core.importer.shapes import SALUTATION

_FIELD = re.compile(
    r"^\s*(?P<name>from|van|de|sent|verzonden|envoyé|date|datum|to|aan|à|cc|bcc|subject|onderwerp|objet|"
    r"betreft|reply-to|antwoord aan|répondre à)\s*:\s*\S",
    re.IGNORECASE,
)
_SENDER = {"from", "van", "de"}
_SUBJECT = {"subject", "onderwerp", "objet", "betreft"}
# A rule, or the line a client writes above a forwarded message
_SEPARATOR = re.compile(
    r"^\s*(?:[-_*=~]{3,}|-*\s*(?:original message|forwarded message|oorspronkelijk bericht|doorgestuurd bericht|"
    r"begin doorgestuurd bericht|message d'origine|message transféré|message original)\b.*)\s*$",
    re.IGNORECASE,
)
_REPLY = re.compile(r"^(?:(?:re|fw|fwd|tr|wg|aw)\s*:\s*)+", re.IGNORECASE)
_COVER_BLOCKS = 6  # a covering note is a greeting, a line or two and a signature, not a page
_KICKER = re.compile(
    r"^(?:persbericht|persmededeling|communiqué de presse|communiqué|press release)\s*[-–—:|]\s*", re.IGNORECASE
)


def strip_envelope(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[str]]:
    """The page without the message's header fields and covering note, and what was dropped."""
    if not blocks:
        return blocks, []
    lines = [line.strip() for line in blocks[0].text.split("\n") if line.strip()]
    fields = [m.group("name").lower() for line in lines if (m := _FIELD.match(line))]
    if len(lines) < 2 or len(fields) != len(lines) or not (_SENDER & set(fields) and _SUBJECT & set(fields)):
        return blocks, []
    dropped = list(lines)
    subject = next((line.split(":", 1)[1].strip() for line in lines if _field(line) in _SUBJECT), "")
    rest = blocks[1:]
    rule = next((i for i, b in enumerate(rest[:_COVER_BLOCKS]) if _SEPARATOR.match(b.text.strip())), None)
    if rule is not None:  # the covering note and the rule under it
        dropped += [" ".join(b.text.split()) for b in rest[: rule + 1]]
        return rest[rule + 1 :], dropped
    if rest and _greeting(rest[0].text):
        dropped.append(" ".join(rest[0].text.split()))  # 'Bonjour,' 'Geachte collega,'
        rest = rest[1:]
    headline = _KICKER.sub("", _REPLY.sub("", subject)).strip()
    return ([RawBlock(headline, kind="title")] if headline else []) + rest, dropped


def _field(line: str) -> str:
    match = _FIELD.match(line)
    return match.group("name").lower() if match else ""


def _greeting(text: str) -> bool:
    """'Bonjour,', 'Geachte collega,', 'Dear all,': a salutation opens a letter, not a release."""
    flat = " ".join(text.split())
    return bool(SALUTATION.match(flat)) or (len(flat.split()) <= 3 and flat.endswith(","))
