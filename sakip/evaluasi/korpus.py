"""A corpus of real documents for measuring the review of outside documents: each document
is a .docx/.xlsx file beside a .yaml file that names its source and lists, worked out by
hand, the errors its printed figures contain and the odd-looking figures that are right.
`ukur_korpus` reviews every file and compares the findings with those lists: recall is the
share of listed errors found, precision the share of findings that are listed errors."""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from .reviu_dokumen import reviu_berkas
from .tafsir import baca_angka


@dataclass(frozen=True)
class Harapan:
    """An error listed by hand, located the way a finding locates it: the table's caption
    (or part of it), the row as printed (header rows counted), the printed text."""

    tabel: str
    alasan: str
    baris: int | None = None
    tercetak: str | None = None
    pesan_memuat: tuple = ()

    def cocok(self, t):
        if self.tabel not in t.lokasi:
            return False
        if self.baris is not None and not re.search(rf", baris {self.baris}\b", t.lokasi):
            return False
        if self.tercetak is not None and not _sama(self.tercetak, t.tercatat):
            return False
        return all(s in t.pesan for s in self.pesan_memuat)

    def __str__(self):
        letak = f"{self.tabel}" + (f", baris {self.baris}" if self.baris else "")
        return f"{letak}: {self.tercetak or ''} ({self.alasan})".replace(" ()", "")


def _sama(tercetak, nilai):
    angka = baca_angka(tercetak)[0]
    if angka is not None and nilai is not None and not isinstance(nilai, str):
        return angka == nilai
    return str(nilai).strip() == tercetak.strip()


@dataclass
class Agensi:
    nama: str
    spec: dict
    berkas: Path
    kesalahan: list


@dataclass
class HasilAgensi:
    agensi: Agensi
    ditemukan: list = field(default_factory=list)  # listed errors some finding matches
    terlewat: list = field(default_factory=list)
    benar: list = field(default_factory=list)  # findings that match a listed error
    keliru: list = field(default_factory=list)  # findings on figures not listed as wrong
    tabel: list = field(default_factory=list)


def baca_korpus(folder):
    """The corpus documents of a folder, by the name of their .yaml file."""
    hasil = []
    for spec_berkas in sorted(Path(folder).glob("*.yaml")):
        spec = yaml.safe_load(spec_berkas.read_text(encoding="utf-8"))
        kesalahan = [
            Harapan(
                tabel=k["tabel"],
                alasan=k["alasan"],
                baris=k.get("baris"),
                tercetak=k.get("tercetak"),
                pesan_memuat=tuple(k.get("pesan_memuat", ())),
            )
            for k in spec.get("kesalahan") or []
        ]
        hasil.append(Agensi(spec_berkas.stem, spec, spec_berkas.parent / spec["berkas"], kesalahan))
    return hasil


def ukur_agensi(agensi):
    reviu = reviu_berkas(agensi.berkas.name, agensi.berkas.read_bytes())
    hasil = HasilAgensi(agensi, tabel=reviu.tabel)
    for h in agensi.kesalahan:
        (hasil.ditemukan if any(h.cocok(t) for t in reviu.temuan) else hasil.terlewat).append(h)
    for t in reviu.temuan:
        (hasil.benar if any(h.cocok(t) for h in agensi.kesalahan) else hasil.keliru).append(t)
    return hasil


@dataclass
class HasilKorpus:
    agensi: list

    @property
    def diharapkan(self):
        return sum(len(a.agensi.kesalahan) for a in self.agensi)

    @property
    def ditemukan(self):
        return sum(len(a.ditemukan) for a in self.agensi)

    @property
    def temuan(self):
        return sum(len(a.benar) + len(a.keliru) for a in self.agensi)

    @property
    def temuan_benar(self):
        return sum(len(a.benar) for a in self.agensi)

    @property
    def recall(self):
        return Decimal(self.ditemukan) / self.diharapkan if self.diharapkan else None

    @property
    def presisi(self):
        return Decimal(self.temuan_benar) / self.temuan if self.temuan else None


def ukur_korpus(folder):
    return HasilKorpus([ukur_agensi(a) for a in baca_korpus(folder)])
