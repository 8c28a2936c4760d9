"""The worksheets shipped with the product: one YAML file per regulation under `kriteria/`
(its name is the version an evaluation is bound to), read into the engine's `Lembar`
(`sakip.kinerja.lke`), with the criteria a Pemda added (`KriteriaLokal`) placed after the
file's own in their sub-component. A new regulation is a new file, not new code."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import yaml

from sakip.kinerja.lke import Komponen, Kriteria, Lembar, LembarError, Skala, Subkomponen

FOLDER = Path(__file__).resolve().parent / "kriteria"
# The worksheet a new evaluation uses.
VERSI_BAKU = "permenpanrb-88-2021"


@dataclass(frozen=True)
class Berkas:
    """A worksheet file: its worksheet and its named scales (a local criterion names one)."""

    lembar: Lembar
    skala: dict[str, Skala]


def daftar_versi() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.yaml"))


def _angka(teks: object, tempat: str) -> Decimal:
    try:
        return Decimal(str(teks))
    except InvalidOperation:
        raise LembarError(f"{tempat}: '{teks}' bukan angka.") from None


def _kriteria(kode: str, isi: object, skala: Skala) -> Kriteria:
    """A criterion is its text, or a mapping with `uraian` and optionally `syarat` (the
    codes of the criteria it builds on) and `tentang_opd` (judged across the OPD)."""
    if isinstance(isi, dict):
        return Kriteria(
            kode,
            str(isi["uraian"]),
            skala,
            syarat=tuple(map(str, isi.get("syarat", ()))),
            tentang_opd=bool(isi.get("tentang_opd", False)),
        )
    return Kriteria(kode, str(isi), skala)


def baca_berkas(teks: str, versi: str) -> Berkas:
    """Parse a worksheet file's text; `LembarError` names what is wrong."""
    data = yaml.safe_load(teks)
    skala = {
        nama: Skala(tuple((str(j), _angka(n, f"Skala {nama}")) for j, n in pilihan))
        for nama, pilihan in data["skala"].items()
    }
    komponen = []
    for i, kom in enumerate(data["komponen"], 1):
        bobot = _angka(kom["bobot"], f"Komponen {i}")
        sub = []
        for j, s in enumerate(kom["subkomponen"], 1):
            if s["skala"] not in skala:
                raise LembarError(f"Subkomponen {i}.{j}: skala '{s['skala']}' tidak dikenal.")
            kriteria = tuple(
                _kriteria(f"{i}.{j}.{k}", isi, skala[s["skala"]])
                for k, isi in enumerate(s["kriteria"], 1)
            )
            persen = _angka(s["persen"], f"Subkomponen {i}.{j}")
            sub.append(
                Subkomponen(f"{i}.{j}", s["jenis"], s["nama"], bobot * persen / 100, kriteria)
            )
        komponen.append(Komponen(str(i), kom["nama"], bobot, tuple(sub)))
    return Berkas(Lembar(versi, data["nama"], tuple(komponen)), skala)


@cache
def berkas(versi: str) -> Berkas:
    """The shipped file of `versi` (LembarError when there is none)."""
    if versi not in daftar_versi():
        raise LembarError(f"Lembar kerja '{versi}' tidak dikenal.")
    return baca_berkas((FOLDER / f"{versi}.yaml").read_text(encoding="utf-8"), versi)


def dengan_lokal(b: Berkas, lokal) -> Lembar:
    """The file's worksheet with the local criteria (`KriteriaLokal` rows: `subkomponen`,
    `nomor`, `uraian`, `skala`) added after the file's own in their sub-component."""
    tambahan: dict[str, list[Kriteria]] = {}
    for k in sorted(lokal, key=lambda k: k.nomor):
        kode = f"{k.subkomponen}.{k.nomor}"
        tambahan.setdefault(k.subkomponen, []).append(
            Kriteria(kode, k.uraian, b.skala[k.skala], lokal=True)
        )
    komponen = tuple(
        Komponen(
            kom.kode,
            kom.nama,
            kom.bobot,
            tuple(
                Subkomponen(
                    s.kode, s.jenis, s.nama, s.bobot, s.kriteria + tuple(tambahan.get(s.kode, ()))
                )
                for s in kom.subkomponen
            ),
        )
        for kom in b.lembar.komponen
    )
    return Lembar(b.lembar.versi, b.lembar.nama, komponen)
