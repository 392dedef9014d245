"""Publication dates as printed -> one ISO form (naive UTC), or None when unreadable.

Parsed tolerantly here, in the per-article step, so that one odd date never stops a
table: an unreadable date loads as NA. Accepted: the corpora's "2015-08-06 01:46:57",
a bare "2015-08-06", ISO 8601 with "T", "Z" or an offset ("2015-08-06T01:46:57+03:00"),
RFC 2822 mail/RSS dates ("Thu, 06 Aug 2015 01:46:57 GMT") and Unix time in seconds or
milliseconds ("1438825617"). Arabic-Indic digits count as digits. Times with an offset
are converted to UTC; times without are kept as they are.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from analysis.normalize import normalize_digits

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S"


def parse_date(value: str | None) -> str | None:
    """``YYYY-MM-DDTHH:MM:SS`` in UTC (naive), or None when ``value`` is not a date."""
    if value is None:
        return None
    text = normalize_digits(str(value)).strip()
    if not text:
        return None
    parsed = _epoch(text) or _iso(text) or _rfc2822(text)
    if parsed is None or not 1000 <= parsed.year <= 2999:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed.strftime(ISO_FORMAT)


def _iso(text: str) -> datetime | None:
    candidate = text.replace("/", "-")
    if candidate[-1:] in "zZ":  # "2015-08-06T01:46:57Z"
        candidate = candidate[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _epoch(text: str) -> datetime | None:
    """Unix time in seconds (10 digits) or milliseconds (13), as scrapers export it."""
    if text.isdigit() and len(text) in (10, 13):
        return datetime.fromtimestamp(int(text) / (1000 if len(text) == 13 else 1), timezone.utc)
    return None


def _rfc2822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
