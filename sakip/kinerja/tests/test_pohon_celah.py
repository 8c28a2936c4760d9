"""The gaps reviewers look for in a pohon kinerja, planted in a hand-made tree."""

from decimal import Decimal

from sakip.kinerja.anggaran import serapan
from sakip.kinerja.pohon import (
    SASARAN,
    SASARAN_KEGIATAN,
    SASARAN_PROGRAM,
    SUB_KEGIATAN,
    TUJUAN,
    NilaiSimpul,
    Simpul,
    celah,
)

IND = [NilaiSimpul("Indikator", "%", Decimal(100), Decimal(100), Decimal(100))]


def sub(nama):
    return Simpul(SUB_KEGIATAN, nama, "1.01.01.2.01.01", serapan=serapan(Decimal(10), Decimal(5)))


def pohon():
    """Tujuan 1 (linked to the Pemda) with sasaran 1 complete and sasaran 2 with no
    indicator and no budget line; tujuan 2 linked to nothing, with sasaran 3 whose
    sasaran kegiatan has no indicator."""
    lengkap = Simpul(
        SASARAN,
        "Sasaran lengkap",
        "1",
        indikator=IND,
        anak=[
            Simpul(
                SASARAN_PROGRAM,
                "Program",
                "1",
                ("Pejabat", "1"),
                IND,
                [Simpul(SASARAN_KEGIATAN, "Kegiatan", "1", ("P", "2"), IND, [sub("Sub A")])],
            )
        ],
        melayani=False,  # its tujuan serves the Pemda: not a gap
    )
    kosong = Simpul(SASARAN, "Sasaran kosong", "2")
    lepas = Simpul(
        SASARAN,
        "Sasaran lepas",
        "3",
        indikator=IND,
        melayani=False,
        anak=[
            Simpul(
                SASARAN_PROGRAM,
                "Program tanpa kegiatan berindikator",
                "1",
                ("P", "3"),
                IND,
                [
                    Simpul(
                        SASARAN_KEGIATAN,
                        "Kegiatan tanpa indikator",
                        "1",
                        ("P", "4"),
                        [],
                        [sub("Sub B")],
                    )
                ],
            )
        ],
    )
    return [
        Simpul(TUJUAN, "Tujuan 1", "1", anak=[lengkap, kosong], melayani=True),
        Simpul(TUJUAN, "Tujuan 2", "2", anak=[lepas], melayani=False),
    ]


def test_it_finds_every_planted_gap_and_nothing_else():
    hasil = [(c.jenis, c.simpul.nama) for c in celah(pohon(), [sub("Sub tanpa sasaran")])]
    assert hasil == [
        ("tanpa_indikator", "Sasaran kosong"),
        ("tanpa_program", "Sasaran kosong"),
        ("tidak_melayani", "Sasaran lepas"),
        ("tanpa_indikator", "Kegiatan tanpa indikator"),
        ("sub_kegiatan_lepas", "Sub tanpa sasaran"),
    ]


def test_the_messages_name_the_node_in_indonesian():
    pesan = [c.pesan for c in celah(pohon(), [sub("Sub tanpa sasaran")])]
    assert pesan[0] == "Sasaran 2 “Sasaran kosong” belum memiliki indikator."
    assert (
        pesan[1] == "Sasaran 2 “Sasaran kosong” belum didukung program atau sub kegiatan anggaran."
    )
    assert pesan[3] == "Sasaran kegiatan 1 “Kegiatan tanpa indikator” belum memiliki indikator."
    assert pesan[4] == (
        "Sub kegiatan 1.01.01.2.01.01 “Sub tanpa sasaran” tidak dikaitkan dengan sasaran mana pun."
    )


def test_a_complete_tree_has_no_gap():
    tujuan = pohon()[0]
    tujuan.anak = tujuan.anak[:1]
    assert celah([tujuan]) == []
