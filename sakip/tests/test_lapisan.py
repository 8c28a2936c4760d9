"""Imports only point down. The product is built in floors, each using only the floors below
it; an import that points up (or sideways between apps on one floor) fails here, naming the
file, the line and both floors. The floors and why they are in this order are described in
docs/arsitektur.md ("Layers")."""

import ast
from pathlib import Path

PAKET = Path(__file__).resolve().parents[1]

HALAMAN = ("views", "urls", "forms", "templatetags", "management")
HALAMAN_APP = "pages of every app"

# Bottom to top. A name is an app (a folder of sakip/), a module (app.module) or a root
# module of sakip/. The pages (views, urls, forms, template tags, commands) of every app
# sit above every app's domain code.
LANTAI = [
    ["kinerja"],  # the engine: pure Python, no Django
    ["dasar"],  # number column, typed inputs, text safety, archive guard, page charts
    ["instansi"],  # Pemda, OPD, officials
    ["jejak"],  # the audit trail every write goes through
    ["perencanaan"],  # plans, indicators, targets
    ["alur"],  # document states, locks, filling windows, what is published
    ["pengukuran"],  # measured values and the engine's results; the PK snapshot
    ["anggaran"],  # budget structure and realisation
    ["evaluasi"],  # review of the data and of uploaded documents
    ["akun"],  # users, roles and who may see and change what (akses)
    # workflow steps, checked by akses; the mails and reminders to the users who act next,
    # and the data a submission or a decision is made on (gaps, capaian, changes);
    # the Rencana Aksi (actions per PK indicator and their quarterly reports, checked by akses)
    [
        "aksi",
        "alur.langkah",
        "alur.ubah",
        "alur.tugas",
        "alur.surel",
        "alur.pengingat",
        "alur.kelengkapan",
        "alur.keputusan",
    ],
    ["pelaporan"],  # documents built from all of the above
    # the SAKIP evaluation worksheet (LKE): reads plans, measurements, documents, review;
    # the public portal: approved figures and documents, cached
    ["lke", "portal"],
    ["api"],  # the read-only API: its rate limit, token check and schemas, over the portal
    ["pertukaran"],  # YAML import/export, the workbook, the demo
    ["tolok_ukur"],  # synthetic data and benchmarks
    ["halaman"],  # the shared page flow: entry form, delete page, pagination
    [HALAMAN_APP],  # every app's pages: the modules named in HALAMAN
    ["settings", "urls", "wsgi", "cli", "keamanan", "galat"],  # the project
]


def lantai(modul):
    """(floor, app) of a dotted module name below `sakip`."""
    bagian = modul.split(".")
    if len(bagian) > 1 and any(b.startswith(HALAMAN) for b in bagian[1:]):
        return _nomor(HALAMAN_APP), bagian[0]
    for nama in (".".join(bagian[:2]), bagian[0]):
        for i, isi in enumerate(LANTAI):
            if nama in isi:
                return i, bagian[0]
    raise AssertionError(f"sakip.{modul} is on no floor: add it to LANTAI")


def _nomor(nama):
    return next(i for i, isi in enumerate(LANTAI) if nama in isi)


def modul_produk():
    for berkas in sorted(PAKET.rglob("*.py")):
        bagian = berkas.relative_to(PAKET).with_suffix("").parts
        if {"tests", "migrations"} & set(bagian) or bagian[-1] == "conftest":
            continue
        if bagian[-1] == "__init__":
            bagian = bagian[:-1]
        if bagian:
            yield berkas, ".".join(bagian)


def impor(berkas, modul):
    """(line, imported module below sakip) for every import of the file, those inside
    functions and `if TYPE_CHECKING` included."""
    paket = modul.split(".") if berkas.name == "__init__.py" else modul.split(".")[:-1]
    for n in ast.walk(ast.parse(berkas.read_text(), str(berkas))):
        if isinstance(n, ast.ImportFrom):
            if n.level:
                dasar = paket[: len(paket) - n.level + 1]
                nama = ".".join(dasar + ([n.module] if n.module else []))
                daftar = [nama] if n.module else [f"{nama}.{a.name}" for a in n.names]
            elif n.module and n.module.startswith("sakip."):
                daftar = [n.module.removeprefix("sakip.")]
            elif n.module == "sakip":
                daftar = [a.name for a in n.names]
            else:
                continue
        elif isinstance(n, ast.Import):
            daftar = [a.name.removeprefix("sakip.") for a in n.names if a.name.startswith("sakip.")]
        else:
            continue
        for nama in daftar:
            if nama:
                yield n.lineno, nama


def pelanggaran():
    salah = []
    for berkas, modul in modul_produk():
        dari, app = lantai(modul)
        for baris, tujuan in impor(berkas, modul):
            ke, app_tujuan = lantai(tujuan)
            naik = ke > dari
            # On the pages' floor, an app's pages may use the pages of an app below it.
            if ke == dari == _nomor(HALAMAN_APP) and app != app_tujuan:
                naik = lantai(app_tujuan)[0] > lantai(app)[0]
            elif ke == dari and app != app_tujuan and len(LANTAI[ke]) > 1:
                naik = False  # one floor holding several root modules or app modules
            if naik:
                salah.append(
                    f"sakip/{berkas.relative_to(PAKET)}:{baris} imports sakip.{tujuan} "
                    f"(floor {ke}: {', '.join(LANTAI[ke])}) from floor {dari}"
                )
    return salah


def test_no_import_points_up():
    assert pelanggaran() == []


def test_every_module_is_on_a_floor():
    for _, modul in modul_produk():
        lantai(modul)


def test_an_import_that_points_up_is_found(tmp_path, monkeypatch):
    monkeypatch.setattr("sakip.tests.test_lapisan.PAKET", tmp_path)
    (tmp_path / "perencanaan").mkdir()
    (tmp_path / "perencanaan" / "aturan.py").write_text(
        "from sakip.pelaporan.susun import lkjip\n\n\ndef f():\n    from ..akun import akses\n"
    )
    di = "sakip/perencanaan/aturan.py"
    assert pelanggaran() == [
        f"{di}:1 imports sakip.pelaporan.susun (floor 11: pelaporan) from floor 4",
        f"{di}:5 imports sakip.akun (floor 9: akun) from floor 4",
    ]
