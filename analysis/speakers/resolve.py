"""Within one article: cluster the quotes' speaker mentions into speakers."""

from __future__ import annotations

from analysis.normalize import normalize_key
from analysis.records import LocalSpeaker, Mention


def resolve_speakers(text: str, mentions: list[Mention | None]
                     ) -> tuple[list[LocalSpeaker], list[int | None]]:
    """The article's speakers and, per quote, the index of its speaker.

    ``mentions[i]`` is the name or description attributed to quote ``i`` (None: unknown).
    Placeholder: one speaker per normalised mention text, all persons.
    """
    speakers: list[LocalSpeaker] = []
    index: dict[str, int] = {}
    keys: list[int | None] = []
    for m in mentions:
        if m is None:
            keys.append(None)
            continue
        k = normalize_key(m.text)
        if k not in index:
            index[k] = len(speakers)
            speakers.append(LocalSpeaker(name=m.text, kind="person", forms=[m.text]))
        keys.append(index[k])
    return speakers, keys
