"""Publication dates: the corpora's form, ISO 8601 with zones, RFC 2822; NA when unreadable."""

from __future__ import annotations

import pytest

from analysis.ingest.dates import parse_date


@pytest.mark.parametrize("value, expected", [
    ("2015-08-06 01:46:57", "2015-08-06T01:46:57"),          # both corpora
    ("2015-08-06", "2015-08-06T00:00:00"),
    ("2015-08-06T01:46:57", "2015-08-06T01:46:57"),
    ("2015-08-06T01:46:57Z", "2015-08-06T01:46:57"),
    ("2015-08-06T01:46:57+03:00", "2015-08-05T22:46:57"),    # to UTC
    ("2013-01-05T23:30:00-05:00", "2013-01-06T04:30:00"),
    ("2015-08-06T01:46:57.250+00:00", "2015-08-06T01:46:57"),
    ("Thu, 06 Aug 2015 01:46:57 GMT", "2015-08-06T01:46:57"),
    ("Thu, 06 Aug 2015 04:46:57 +0300", "2015-08-06T01:46:57"),
    ("٢٠١٥-٠٨-٠٦ ٠١:٤٦:٥٧", "2015-08-06T01:46:57"),           # Arabic-Indic digits
    ("  2015-08-06 ", "2015-08-06T00:00:00"),
    ("1438825617", "2015-08-06T01:46:57"),                    # Unix seconds
    ("1438825617000", "2015-08-06T01:46:57"),                 # Unix milliseconds
    ("20150806", "2015-08-06T00:00:00"),                      # ISO basic, not Unix time
    # unreadable: None, never an exception
    ("أمس", None), ("yesterday", None), ("2015-13-45", None), ("06/08/2015", None),
    ("", None), (None, None), ("0001-01-01", None), ("12", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected
