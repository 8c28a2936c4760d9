"""The planning rules that the forms and the YAML import both apply, each written once.
Each rule is a plain function giving the reason (Indonesian, one sentence) a value is
refused, or None when it is allowed; the caller decides where the reason is shown (a form
field, a file's place)."""

from collections.abc import Iterable

# The longest Renstra (with its transition year) spans six years.
MAKS_TAHUN_PERIODE = 6


def alasan_tahun_periode(awal: int, akhir: int, dokumen: str) -> str | None:
    """A period runs forward and lasts at most MAKS_TAHUN_PERIODE years; `dokumen` names
    the kind of plan ("Renstra", "RPJMD/RPD")."""
    if akhir < awal:
        return "Tahun akhir tidak boleh sebelum tahun awal."
    if akhir - awal + 1 > MAKS_TAHUN_PERIODE:
        return f"Periode {dokumen} paling lama {MAKS_TAHUN_PERIODE} tahun."
    return None


def alasan_dalam_induk(awal: int, akhir: int, induk_awal: int, induk_akhir: int) -> str | None:
    """A supplement replaces some years of its parent, so it lies within them."""
    if induk_awal <= awal and akhir <= induk_akhir:
        return None
    return f"Tahun suplemen harus berada dalam periode induknya ({induk_awal}–{induk_akhir})."


def alasan_tumpang_periode(
    awal: int, akhir: int, lain: Iterable[tuple[str, int, int]], dokumen: str
) -> str | None:
    """A period may not share a year with another of the same owner and parent (`lain`:
    their name, first and last year): a Renstra with another Renstra of the OPD, an
    RPJMD/RPD with another of the Pemda, a supplement with another of the same parent."""
    for nama, lain_awal, lain_akhir in lain:
        if lain_awal <= akhir and awal <= lain_akhir:
            return (
                f"Tahun {awal}–{akhir} bertumpang tindih dengan {nama} "
                f"({lain_awal}–{lain_akhir}). Periode yang menggantikan sebagian tahun "
                f"{dokumen} lain dibuat sebagai suplemennya."
            )
    return None


def alasan_target(rentang: bool, bawah, atas) -> tuple[str, str] | None:
    """A target's bounds against the indicator's polarity (`rentang`: a range target):
    ("bawah" or "atas", the bound to point at, and the reason), None when they fit. Only a
    range indicator has an upper bound, and then needs both, the lower not above it."""
    if atas is not None and bawah is None:
        return ("bawah", "Isi batas bawah target rentang.")
    if atas is not None and not rentang:
        return ("atas", "Batas atas hanya untuk indikator berpolaritas rentang.")
    if rentang and bawah is not None and atas is None:
        return ("atas", "Indikator berpolaritas rentang memerlukan batas atas.")
    if bawah is not None and atas is not None and bawah > atas:
        return ("atas", "Batas atas lebih kecil dari batas bawah.")
    return None


# The cascade below a plan's sasaran, one level per depth (`perencanaan.pohon.URUTAN_TINGKAT`).
_TINGKAT = ["sasaran", "sasaran_program", "sasaran_kegiatan", "individu"]
_SEBUTAN = {
    "sasaran": "sasaran",
    "sasaran_program": "sasaran program",
    "sasaran_kegiatan": "sasaran kegiatan",
    "individu": "sasaran individu",
}


def alasan_tingkat_turunan(tingkat: str, tingkat_induk: str) -> str | None:
    """A node below a sasaran (sasaran program, kegiatan, individu) sits exactly one level
    below the node it serves."""
    if tingkat not in _TINGKAT[1:]:
        return (
            f"Tingkat '{tingkat}' tidak dikenal; gunakan sasaran_program, sasaran_kegiatan "
            "atau individu."
        )
    if tingkat_induk not in _TINGKAT[:-1]:
        return f"Di bawah {_SEBUTAN.get(tingkat_induk, tingkat_induk)} tidak ada tingkat lagi."
    harus = _TINGKAT[_TINGKAT.index(tingkat_induk) + 1]
    if tingkat != harus:
        return (
            f"Di bawah {_SEBUTAN[tingkat_induk]} harus {_SEBUTAN[harus]}, "
            f"bukan {_SEBUTAN[tingkat]}."
        )
    return None


def alasan_leluhur(simpul: object, leluhur: Iterable[object]) -> str | None:
    """A node may not serve itself or a node below it: `leluhur` is the chosen parent and
    every node above it (any hashable ids), `simpul` the node's own (None when new)."""
    if simpul is not None and simpul in set(leluhur):
        return "Simpul tidak dapat melayani dirinya sendiri atau simpul di bawahnya (berputar)."
    return None


def alasan_nomor_saudara(nomor: str, nomor_saudara: Iterable[str]) -> str | None:
    """A node's nomor is unique among the nodes serving the same parent: data files and the
    workbook name a node by the nomor of each level."""
    if nomor in set(nomor_saudara):
        return f"Nomor '{nomor}' sudah dipakai simpul lain di bawah induk yang sama."


def alasan_keterkaitan(
    opd: int, pemda: int, opd_sasaran: int | None, mitra: int, pemda_mitra: int,
    opd_sasaran_mitra: int | None = None,
) -> str | None:  # fmt: skip
    """A crosscutting link joins a sasaran (or lower node) of the proposing OPD `opd` to
    another OPD `mitra` of the same Pemda, and, when named, to a node of that OPD's plan.
    Arguments are ids: the OPD whose plan holds the sasaran (`opd_sasaran`, None for the
    Pemda's own plan) and the partner node's (`opd_sasaran_mitra`, None when none is
    named)."""
    if opd_sasaran != opd:
        return "Sasaran yang didukung harus sasaran atau simpul rencana OPD pengusul sendiri."
    if mitra == opd:
        return "Keterkaitan lintas OPD menghubungkan dua OPD yang berbeda, bukan OPD sendiri."
    if pemda_mitra != pemda:
        return "OPD mitra harus berada di Pemda yang sama."
    if opd_sasaran_mitra is not None and opd_sasaran_mitra != mitra:
        return "Sasaran mitra harus sasaran atau simpul rencana OPD mitra."
    return None
