"""Corpus step: merge the article-local speakers into corpus speakers with stable ids."""

from __future__ import annotations

import hashlib

from analysis.normalize import normalize_key
from analysis.records import LocalSpeaker, Speaker


def merge_speakers(local: list[tuple[str, list[LocalSpeaker]]]
                   ) -> tuple[dict[tuple[str, int], str], list[Speaker]]:
    """Map (article_id, local key) -> speaker_id, and the corpus speaker rows (n_quotes 0).

    Placeholder: one corpus speaker per normalised name.
    """
    mapping: dict[tuple[str, int], str] = {}
    rows: dict[str, Speaker] = {}
    for article_id, speakers in local:
        for key, sp in enumerate(speakers):
            sid = "s-" + hashlib.sha256(normalize_key(sp.name).encode()).hexdigest()[:10]
            mapping[(article_id, key)] = sid
            if sid not in rows:
                rows[sid] = Speaker(sid, sp.name, sp.kind, sorted(set(sp.forms)), sp.role,
                                    sp.organization, 0)
    return mapping, list(rows.values())
