"""The findings of a review grouped by where they were found (a table, or the source that
printed them) and by rule: the review pages show one collapsible section per group with its
counts, and the Inspektorat accepts every open finding of a group with one reason."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.utils.text import slugify

from sakip.kinerja.reviu import ATURAN, urut_sebab

# Locations that start with what they are about rather than with a source: grouped under
# these names, not one group per indicator, sub kegiatan, official or sentence.
SUBJEK = {
    "Indikator ": "Data indikator",
    "Sub kegiatan ": "Data sub kegiatan",
    "Pejabat ": "Pejabat",
    "Uraian: ": "Uraian dokumen",
}


def sumber_temuan(lokasi):
    """Where a finding was found: its location up to the first comma ("LKjIP 2022 Tabel 5"
    of "LKjIP 2022 Tabel 5, Persentase ..."), or what it is about (`SUBJEK`)."""
    for awal, nama in SUBJEK.items():
        if lokasi.startswith(awal):
            return nama
    return lokasi.split(",")[0].strip() or "Tabel tanpa judul"


def id_kelompok(sumber, aturan):
    """The page anchor of a group: stable across loads, so a redirect can return to it."""
    # Every mark a word break: "Tabel 3.2" and "Tabel 32" stay apart.
    kata = re.sub(r"\W+", " ", sumber)
    return f"k-{aturan}-{slugify(kata)}".lower()


@dataclass
class Butir:
    temuan: object  # sakip.kinerja.reviu.Temuan
    tanggapan: object  # its acceptance (evaluasi.models.Tanggapan), or None
    letak: str  # the location within the group's source
    rincian: str  # the message without the rule's description the group shows
    akibat_dari: object = None  # the finding this consequence follows from, listed above it


@dataclass
class Kelompok:
    sumber: str
    aturan: object  # sakip.kinerja.reviu.Aturan
    butir: list = field(default_factory=list)

    @property
    def id(self):
        return id_kelompok(self.sumber, self.aturan.kode)

    @property
    def terbuka(self):
        """Its findings nobody accepted yet."""
        return [b.temuan for b in self.butir if b.tanggapan is None]

    @property
    def diterima_bersama(self):
        """The open findings the group's form accepts: those of its rule; the consequences
        listed under them are accepted with their cause."""
        return [b.temuan for b in self.butir if b.tanggapan is None and b.akibat_dari is None]


@dataclass
class Sumber:
    nama: str
    kelompok: list


@dataclass
class Ringkasan:
    sumber: list  # [Sumber], each with its groups, in reading order
    jumlah: Counter  # findings per level
    terbuka: Counter  # open findings per level

    @property
    def kelompok(self):
        return [k for s in self.sumber for k in s.kelompok]


def _letak(lokasi, sumber):
    return lokasi[len(sumber) :].lstrip(", ") if lokasi.startswith(f"{sumber},") else lokasi


def _rincian(t):
    """The message less the rule's description, which the group's heading shows."""
    uraian = ATURAN[t.aturan].uraian
    if t.pesan == uraian:
        return ""
    return t.pesan[len(uraian) + 2 :] if t.pesan.startswith(f"{uraian}: ") else t.pesan


def _urutan(teks):
    """Natural order: "Tabel 5" before "Tabel 13" (texts and numbers alternate)."""
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", teks)]


def kelompokkan(daftar):
    """`daftar`: [(finding, acceptance or None)]. The groups by source (in natural order,
    "Tabel 5" before "Tabel 13") and rule, with the counts per level. A consequence is
    listed right under the finding it follows from, in that finding's group."""
    tanggapan_dari = {(t.aturan, t.lokasi): tanggapan for t, tanggapan in daftar}
    per_kunci, per_kelompok = {}, {}
    for t in urut_sebab(t for t, _ in daftar):
        sebab = per_kunci.get(t.sebab) if t.sebab else None
        if sebab is None:
            sumber = sumber_temuan(t.lokasi)
            k = per_kelompok.setdefault((sumber, t.aturan), Kelompok(sumber, ATURAN[t.aturan]))
        else:
            k = sebab[1]
        butir = Butir(
            t,
            tanggapan_dari[(t.aturan, t.lokasi)],
            _letak(t.lokasi, k.sumber),
            _rincian(t),
            sebab[0] if sebab else None,
        )
        per_kunci[(t.aturan, t.lokasi)] = (t, k)
        k.butir.append(butir)
    per_sumber = {}
    for (sumber, _), k in sorted(per_kelompok.items(), key=lambda x: (_urutan(x[0][0]), x[0][1])):
        per_sumber.setdefault(sumber, []).append(k)
    return Ringkasan(
        [Sumber(n, k) for n, k in per_sumber.items()],
        Counter(t.tingkat for t, _ in daftar),
        Counter(t.tingkat for t, tanggapan in daftar if tanggapan is None),
    )


def id_temuan(aturan, lokasi):
    """The anchor of the group the finding (`aturan`, `lokasi`) is in."""
    return id_kelompok(sumber_temuan(lokasi), aturan)
