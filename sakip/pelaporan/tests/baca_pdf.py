"""Reading a PDF back in tests: its text page by page as laid out (pdftotext -layout: the
cells of a row, and parties signing side by side, stay on one line, left to right), lines
joined by spaces so a sentence wrapped over two lines is still found."""

import subprocess


def halaman(isi):
    """The text of each page, its whitespace runs collapsed to one space."""
    teks = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=isi, check=True, capture_output=True
    ).stdout.decode()
    return [" ".join(h.split()) for h in teks.split("\f")[:-1]]
