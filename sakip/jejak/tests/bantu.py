"""Helpers for tests that post an entry form."""

import html
import re


def asal_halaman(klien, url):
    """The hidden `asal` (optimistic locking) of the form at `url`, as the page shows it
    and the browser posts it back."""
    (nilai,) = re.findall(r'name="asal" value="([^"]*)"', klien.get(url).content.decode())
    return html.unescape(nilai)
