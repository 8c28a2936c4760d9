"""The written paragraph per indicator in Bab III of the LKjIP, composed from the engine's
figures: the year's capaian and predikat, the change against the earlier years of the
plan, progress towards the Renstra end target, and the national standard when one is
recorded. Nothing is computed here but words: every number comes from `NilaiIndikator`
and `Capaian` as the engine gave them."""

from collections.abc import Sequence
from decimal import Decimal

from sakip.kinerja.angka import format_nilai, format_persen
from sakip.kinerja.capaian import Capaian, Polaritas, hitung_capaian
from sakip.pengukuran.hitung import CATATAN_KUALITATIF, DataKinerja, NilaiIndikator
from sakip.perencanaan.models import Indikator


def _arah(sekarang: Decimal, lalu: Decimal) -> str:
    return "naik" if sekarang > lalu else "turun" if sekarang < lalu else "sama"


def _kalimat_capaian(n: NilaiIndikator) -> str:
    ind = n.indikator
    nama, t = ind.nama, n.tahun
    if ind.jenis == Indikator.Jenis.KUALITATIF:
        return f"Indikator {nama} bersifat kualitatif; capaiannya tidak dihitung sebagai angka."
    target = format_nilai(n.target, ind.satuan, ind.jenis)
    if n.target_atas is not None:
        target = f"{target} sampai {format_nilai(n.target_atas, ind.satuan, ind.jenis)}"
    if n.realisasi is None:
        ada_target = f" dengan target {target}" if n.target is not None else ""
        return f"Indikator {nama} tahun {t}{ada_target} belum ada realisasi."
    realisasi = format_nilai(n.realisasi, ind.satuan, ind.jenis)
    if n.capaian.nilai is None:
        if n.target is None:
            return (
                f"Realisasi indikator {nama} tahun {t} sebesar {realisasi}; target tahun ini "
                "tidak tercatat sehingga capaian tidak dihitung."
            )
        sebab = (n.capaian.catatan or "tidak terdefinisi").rstrip(".")
        return (
            f"Realisasi indikator {nama} tahun {t} sebesar {realisasi} terhadap target "
            f"{target}; capaian tidak dapat dihitung ({sebab[:1].lower() + sebab[1:]})."
        )
    predikat = f" ({n.predikat})" if n.predikat else ""
    kalimat = (
        f"Capaian indikator {nama} tahun {t} sebesar {format_persen(n.capaian.nilai)}"
        f"{predikat}, dengan realisasi {realisasi} terhadap target {target}"
    )
    if Polaritas(ind.polaritas) == Polaritas.NEGATIF:
        kalimat += " (semakin rendah realisasi, semakin baik)"
    return kalimat + "."


def _kalimat_banding(n: NilaiIndikator, lalu: Sequence[NilaiIndikator]) -> str:
    """The change against the latest earlier year with a capaian, and the years before."""
    if n.realisasi is None or n.capaian.nilai is None:
        return ""
    terukur = [x for x in lalu if x.capaian.nilai is not None]
    if not terukur:
        if n.tahun == n.indikator.periode.tahun_awal:
            return f"Tahun {n.tahun} adalah tahun pertama periode rencana, belum ada pembanding."
        return "Belum ada capaian tahun sebelumnya dalam periode rencana ini sebagai pembanding."
    p = terukur[-1]
    arah = _arah(n.capaian.nilai, p.capaian.nilai)
    if arah == "sama":
        kalimat = f"Capaian ini sama dengan capaian {p.tahun}"
    else:
        kalimat = f"Capaian ini {arah} dari {format_persen(p.capaian.nilai)} pada {p.tahun}"
    if p.realisasi is not None and p.realisasi != n.realisasi:
        ind = n.indikator
        arah_realisasi = _arah(n.realisasi, p.realisasi)
        polaritas = Polaritas(n.indikator.polaritas)
        membaik = {Polaritas.POSITIF: "naik", Polaritas.NEGATIF: "turun"}.get(polaritas)
        nilai = "membaik" if arah_realisasi == membaik else "memburuk"
        dari = format_nilai(p.realisasi, ind.satuan, ind.jenis)
        kalimat += (
            f"; realisasinya {arah_realisasi} dari {dari} menjadi "
            f"{format_nilai(n.realisasi, ind.satuan, ind.jenis)}"
            + (f" ({nilai})" if membaik else "")
        )
    kalimat += "."
    if len(terukur) > 1:
        sebelumnya = "; ".join(f"{x.tahun}: {format_persen(x.capaian.nilai)}" for x in terukur[:-1])
        kalimat += f" Capaian tahun-tahun sebelumnya: {sebelumnya}."
    return kalimat


def _kalimat_kemajuan(n: NilaiIndikator, kemajuan: Capaian) -> str:
    ind = n.indikator
    if ind.target_akhir is None:
        return ""
    akhir = format_nilai(ind.target_akhir, ind.satuan, ind.jenis)
    if ind.target_akhir_atas is not None:
        akhir = f"{akhir} sampai {format_nilai(ind.target_akhir_atas, ind.satuan, ind.jenis)}"
    if kemajuan.nilai is None or n.realisasi is None:
        return f"Target akhir periode rencana ({ind.periode.tahun_akhir}) adalah {akhir}."
    return (
        f"Terhadap target akhir periode rencana tahun {ind.periode.tahun_akhir} sebesar "
        f"{akhir}, tingkat kemajuan mencapai {format_persen(kemajuan.nilai)}."
    )


def _kalimat_standar(n: NilaiIndikator) -> str:
    ind = n.indikator
    if ind.standar_nasional is None or n.realisasi is None:
        return ""
    terhadap = hitung_capaian(ind.standar_nasional, n.realisasi, Polaritas(ind.polaritas))
    standar = format_nilai(ind.standar_nasional, ind.satuan, ind.jenis)
    if terhadap.nilai is None:
        return f"Standar nasional indikator ini adalah {standar}."
    return (
        f"Dibandingkan dengan standar nasional sebesar {standar}, capaiannya "
        f"{format_persen(terhadap.nilai)}."
    )


def uraian_indikator(n: NilaiIndikator, lalu: Sequence[NilaiIndikator], kemajuan: Capaian) -> str:
    """The paragraph for one indicator's year `n`: `lalu` are its values of the earlier
    years of the plan, oldest first; `kemajuan` its progress towards the end target
    (`DataKinerja.kemajuan`)."""
    if CATATAN_KUALITATIF in n.catatan:
        return _kalimat_capaian(n)
    if n.realisasi is None:
        return " ".join(k for k in (_kalimat_capaian(n), _kalimat_kemajuan(n, kemajuan)) if k)
    kalimat = [
        _kalimat_capaian(n),
        _kalimat_banding(n, lalu),
        _kalimat_kemajuan(n, kemajuan),
        _kalimat_standar(n),
    ]
    return " ".join(k for k in kalimat if k)


def judul_kelompok(tujuan, sasaran) -> str:
    """The heading of a Bab III group: its sasaran, or its tujuan for a tujuan's own
    indicators."""
    return f"Sasaran: {sasaran.nama}" if sasaran else f"Tujuan: {tujuan.nama}"


def uraian_per_kelompok(baris, data: DataKinerja, tahun: int) -> dict:
    """Bab III's groups of `baris` (`tersimpan.baris_capaian`) in plan order:
    {(tujuan, sasaran): [(NilaiIndikator, paragraph)]}. `data` (`DataKinerja` holding the
    indicators) gives the earlier years and the progress; the LKjIP and the analysis page
    both read the paragraphs here, so the hint on the page is what the report prints."""
    kelompok: dict = {}
    for b in baris:
        n, ind = b.nilai, b.nilai.indikator
        lalu = [data.nilai(ind, t) for t in range(ind.periode.tahun_awal, tahun)]
        paragraf = uraian_indikator(n, lalu, data.kemajuan(ind, tahun))
        kelompok.setdefault((b.tujuan, b.sasaran), []).append((n, paragraf))
    return kelompok
