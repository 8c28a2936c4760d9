"""Every edit form of the product, opened for an existing record and posted back unchanged
the way a browser posts it, changes nothing and writes no audit record.

The browser posts what it can show: a date box holding "29-11-2026" or a number box holding
"1.257,5" is empty (HTML value sanitization), a textarea's lines end in CRLF. Every URL
pattern is listed either in EDIT (with how to open it) or in BUKAN_EDIT (with why it is
not an edit form), so a new page fails `test_every_url_pattern_is_classified` until it is
covered here."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

from sakip.aksi.models import Aksi
from sakip.akun.models import Pengguna
from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.anggaran.models import ProgramKegiatan
from sakip.evaluasi.models import SimpulanReviu
from sakip.instansi.models import Pejabat
from sakip.jejak.models import Jejak
from sakip.lke.lembar import VERSI_BAKU
from sakip.lke.models import Evaluasi, Jawaban
from sakip.pelaporan.models import AnalisisIndikator, KopDokumen, Narasi
from sakip.pelaporan.tests.test_kop import LOGO
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.models import Indikator, Misi, Periode, PerjanjianKinerja, Sasaran, Tujuan

OPD_TEBING = "disnakerind-tebing-tinggi"
PEMDA_TEBING = "kota-tebing-tinggi"
PPU = "kab-penajam-paser-utara"
JAMBI = "kota-jambi"


def _ind(kode="kesempatan-kerja"):
    return Indikator.objects.get(kode=kode, periode__opd__slug=OPD_TEBING)


def _periode():
    return Periode.objects.get(kode="suplemen-renstra-disnakerind-2021-2022")


def _variabel(opd):
    return Variabel.objects.filter(opd__isnull=not opd, pemda__slug=JAMBI).first()


def _sub():
    return (
        ProgramKegiatan.objects.filter(
            opd__slug=OPD_TEBING, tingkat=ProgramKegiatan.Tingkat.SUB_KEGIATAN
        )
        .order_by("pk")
        .first()
    )


def _aksi():
    return Aksi.objects.filter(opd__slug=OPD_TEBING).order_by("pk").first()


def _kegiatan():
    linked = Sasaran.objects.filter(tingkat="sasaran_kegiatan", program_kegiatan_set__isnull=False)
    return linked.first()


# url name → (user, the page's address, the address the form posts to or None for itself)
EDIT = {
    "aksi-ubah": lambda: ("operator-tebing", f"/aksi/{_aksi().pk}/", None),
    "laporan-aksi": lambda: ("operator-tebing", f"/aksi/{_aksi().pk}/triwulan/1/", None),
    "isian-periode": lambda: ("operator-tebing", f"/rencana/periode/{_periode().pk}/", None),
    "isian-misi": lambda: (
        "admin-tebing",
        f"/rencana/misi/{Misi.objects.filter(periode__pemda__slug=PEMDA_TEBING).first().pk}/",
        None,
    ),
    "isian-tujuan": lambda: (
        "operator-tebing",
        f"/rencana/tujuan/{Tujuan.objects.filter(periode=_periode()).first().pk}/",
        None,
    ),
    "isian-sasaran": lambda: (
        "operator-tebing",
        f"/rencana/sasaran/{Sasaran.objects.filter(tujuan__periode=_periode()).first().pk}/",
        None,
    ),
    # A sasaran kegiatan with its owner and the sub kegiatan that deliver it.
    "isian-turunan": lambda: ("operator-tebing", f"/rencana/turunan/{_kegiatan().pk}/", None),
    "isian-indikator": lambda: ("operator-tebing", f"/rencana/indikator/{_ind().pk}/", None),
    "isian-target": lambda: ("operator-tebing", f"/rencana/indikator/{_ind().pk}/target/", None),
    "isian-target-triwulan": lambda: (
        "operator-tebing",
        f"/rencana/indikator/{_ind().pk}/target/2022/",
        None,
    ),
    "pengaturan-pemda": lambda: ("admin-tebing", f"/pemda/{PEMDA_TEBING}/pengaturan/", None),
    "opd-ubah": lambda: ("admin-tebing", f"/pemda/{PEMDA_TEBING}/opd/{OPD_TEBING}/", None),
    "pejabat-ubah": lambda: (
        "admin-tebing",
        f"/pemda/{PEMDA_TEBING}/pejabat/{Pejabat.objects.get(kode='kadis-disnakerind').pk}/",
        None,
    ),
    "variabel-opd-ubah": lambda: (
        "operator-jambi",
        f"/opd/dtkk-ukm-jambi/variabel/{_variabel(True).pk}/",
        None,
    ),
    "variabel-pemda-ubah": lambda: (
        "admin-jambi",
        f"/pemda/{JAMBI}/variabel/{_variabel(False).pk}/",
        None,
    ),
    "baris-anggaran": lambda: ("operator-tebing", f"/baris-anggaran/{_sub().pk}/", None),
    "akun": lambda: ("operator-ppu", "/akun/", None),
    "isi-realisasi": lambda: ("operator-tebing", f"/sub-kegiatan/{_sub().pk}/realisasi/", None),
    "isi-keluaran": lambda: ("operator-tebing", f"/sub-kegiatan/{_sub().pk}/keluaran/", None),
    "isi-triwulan": lambda: ("operator-tebing", f"/opd/{OPD_TEBING}/isian/2022/2/", None),
    "narasi": lambda: ("operator-tebing", f"/opd/{OPD_TEBING}/dokumen/2022/narasi/", None),
    "analisis-lkjip": lambda: (
        "operator-tebing",
        f"/opd/{OPD_TEBING}/dokumen/2022/analisis/",
        None,
    ),
    "profil-opd": lambda: ("operator-tebing", f"/opd/{OPD_TEBING}/profil/", None),
    "jendela": lambda: ("admin-ppu", f"/pemda/{PPU}/jendela/2026/", None),
    "kop-dokumen": lambda: ("admin-tebing", f"/pemda/{PEMDA_TEBING}/kop-dokumen/", None),
    # The LKE worksheet's answer form (controls outside it, form="form-opd") posts to simpan/.
    "lke-simpan": lambda: (
        "operator-tebing",
        f"/opd/{OPD_TEBING}/lke/2022/",
        f"/opd/{OPD_TEBING}/lke/2022/simpan/",
    ),
    # The review page's conclusion form posts to its own address.
    "simpulan-reviu": lambda: (
        "inspektorat-tebing",
        f"/opd/{OPD_TEBING}/reviu/2022/",
        f"/opd/{OPD_TEBING}/reviu/2022/simpulan/",
    ),
}

# The realisation form shows the recorded quarters above it and a blank entry for the quarter
# chosen: posted back untouched it is refused as incomplete, still changing nothing.
TANPA_NILAI = {"isi-realisasi"}

BUKAN_EDIT = {
    "login": "signing in",
    "logout": "signing out",
    "ganti-kata-sandi": "a new password, nothing shown to post back",
    "beranda": "read-only page",
    "rencana-pemda": "read-only page",
    "rencana-opd": "read-only page",
    "tabel-iku": "read-only page",
    "pohon-kinerja": "read-only page",
    "pohon-kinerja-unduh": "download",
    "pohon-kinerja-pemda": "read-only page",
    "pohon-kinerja-pemda-unduh": "download",
    "indikator": "read-only page",
    "lintas-opd": "read-only list of crosscutting links",
    "lintas-usul": "creates a record (a crosscutting proposal)",
    "lintas-rinci": "accepts, refuses or withdraws a crosscutting link: an action",
    "isian-opd": "list of the plan's parts, links to the edit forms",
    "isian-pemda": "list of the plan's parts, links to the edit forms",
    "isian-periksa-rumus-opd": "formula check answering JSON, saves nothing",
    "isian-periksa-rumus-pemda": "formula check answering JSON, saves nothing",
    "isian-periode-baru": "creates a record",
    "isian-periode-baru-pemda": "creates a record",
    "isian-misi-baru": "creates a record",
    "isian-tujuan-baru": "creates a record",
    "isian-sasaran-baru": "creates a record",
    "isian-turunan-baru": "creates a record",
    "isian-indikator-baru": "creates a record",
    "isian-hapus": "deletion confirmation",
    "isian-pk": "sets a new version of the Perjanjian Kinerja (creates a record, with a reason)",
    "isian-pk-pejabat": "sets a new version of an official's PK (creates a record, with a reason)",
    "opd-pemda": "read-only list",
    "opd-baru": "creates a record",
    "opd-hapus": "deletion confirmation",
    "pejabat-pemda": "read-only list",
    "pejabat-baru": "creates a record",
    "pejabat-hapus": "deletion confirmation",
    "anggaran": "read-only page",
    "rfk": "read-only page",
    "efisiensi": "read-only page",
    "struktur-anggaran": "read-only list of budget lines",
    "baris-anggaran-baru": "creates a record",
    "baris-anggaran-hapus": "deletion confirmation",
    "publik": "read-only page",
    "portal": "public read-only page",
    "portal-cari": "search form read by GET, saves nothing",
    "portal-pemda-terbaru": "redirect to the latest year",
    "portal-pemda": "public read-only page",
    "portal-opd-terbaru": "redirect to the latest year",
    "portal-opd": "public read-only page",
    "portal-indikator": "public read-only page",
    "portal-indikator-csv": "download",
    "dokumen": "list of downloads",
    "unduh-dokumen": "download",
    "unduh-pk-pejabat": "download",
    "dokumen-pemda": "list of downloads",
    "unduh-dokumen-pemda": "download",
    "langkah-dokumen-pemda": "approves or reopens: an action",
    "reviu": "its conclusion form is covered as simpulan-reviu",
    "laporan-reviu": "download",
    "unggah-reviu": "uploads a new document",
    "dokumen-reviu": "read-only review of an uploaded document",
    "tanggapi-reviu": "accepts a finding nobody accepted yet: creates a record",
    "jejak": "filter form read by GET, saves nothing",
    "jejak-pemda": "filter form read by GET, saves nothing",
    "pengguna-pemda": "read-only list, links to each user's page",
    "pengguna-baru": "creates a record",
    "kelola-pengguna": "its forms are actions: add/remove a role, reset, (de)activate",
    "tambah-peran": "creates a record",
    "hapus-peran": "deletion",
    "atur-ulang-kata-sandi": "sets a new temporary password: an action with a reason",
    "status-pengguna": "deactivates or reactivates: an action with a reason",
    "pejabat-pengguna": "links an account to an official: an action with a reason",
    "rencana-aksi": "read-only page, links to each action's forms",
    "aksi-baru": "creates a record",
    "aksi-hapus": "deletion confirmation",
    "unduh-bukti-aksi": "download",
    "bukti-dukung": "uploads new evidence",
    "unduh-bukti": "download",
    "hapus-bukti": "deletion",
    "alur": "workflow steps are actions, not edits",
    "dokumen-alur": "the data a step is decided on; its forms are workflow steps, not edits",
    "dasbor-pemda": "read-only page",
    "variabel-opd": "read-only list",
    "variabel-pemda": "read-only list",
    "variabel-opd-baru": "creates a record",
    "variabel-pemda-baru": "creates a record",
    "variabel-opd-hapus": "deletion confirmation",
    "variabel-pemda-hapus": "deletion confirmation",
    "buku-kerja": "workbook download/upload page",
    "buku-kerja-unduh": "download",
    "buku-kerja-unggah": "upload of a workbook",
    "buku-kerja-terapkan": "applies an uploaded workbook",
    "buku-kerja-batal": "discards an uploaded workbook",
    "lke": "its answer form is covered as lke-simpan",
    "lke-xlsx": "download",
    "lke-tambah-bukti": "adds new evidence",
    "lke-bukti": "download",
    "lke-hapus-bukti": "deletion",
    "lke-selesai": "concludes the evaluation: an action",
    "lke-kriteria-lokal": "creates a record",
    "lke-terima-saran": "accepts a suggestion: writes the answer the data supports, an action",
    # The Pemda's own evaluation: the same views and form as the OPD's (lke, lke-simpan …).
    "lke-pemda": "its answer form is covered as lke-simpan (the same view)",
    "lke-pemda-simpan": "the same view and form as lke-simpan, covered there",
    "lke-pemda-tambah-bukti": "adds new evidence",
    "lke-pemda-bukti": "download",
    "lke-pemda-hapus-bukti": "deletion",
    "lke-pemda-selesai": "concludes the evaluation: an action",
    "lke-pemda-terima-saran": "accepts a suggestion: an action",
    "lhe": "its forms create records (lhe-rekomendasi, lhe-tindak-lanjut) or judge (lhe-nilai)",
    "lhe-unduh": "download",
    "lhe-rekomendasi": "creates a record",
    "lhe-tindak-lanjut": "creates a record",
    "lhe-nilai": "judges a follow-up: an action with a reason",
    "lke-rekap": "read-only page, sorted by GET",
    "lke-rekap-xlsx": "download",
    "buat-token": "creates an API token: an action",
    "cabut-token": "revokes an API token: an action",
    # The read-only API (sakip/api/): GET only, JSON, no form.
    **dict.fromkeys(
        [
            "api",
            "api-root",
            "api-berkas",
            "api-tidak-ada",
            "openapi-json",
            "openapi-view",
            "daftar_pemda",
            "pemda",
            "daftar_opd",
            "opd",
            "pohon",
            "indikator_opd",
            "capaian",
            "capaian_triwulan",
        ],
        "read-only API",
    ),
}


def _nama_url(pola):
    for p in pola:
        if isinstance(p, URLResolver):
            yield from _nama_url(p.url_patterns)
        elif isinstance(p, URLPattern):
            yield p.name


def test_every_url_pattern_is_classified():
    nama = set(_nama_url(get_resolver().url_patterns))
    assert not set(EDIT) & set(BUKAN_EDIT)
    assert nama - set(EDIT) - set(BUKAN_EDIT) == set(), "halaman baru: tambahkan ke EDIT"
    assert set(EDIT) | set(BUKAN_EDIT) == nama


# --- what a browser submits -------------------------------------------------------------

TANGGAL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ANGKA = re.compile(r"^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$")


def _nilai_input(a):
    """An input's value after HTML value sanitization (what the box shows and posts)."""
    jenis, nilai = a.get("type", "text").lower(), a.get("value") or ""
    if jenis == "date" and not TANGGAL.match(nilai):
        return ""
    if jenis == "number" and not ANGKA.match(nilai):
        return ""
    if jenis in ("text", "search", "tel", "url", "email", "password", "hidden", ""):
        return nilai if jenis == "hidden" else nilai.replace("\r", "").replace("\n", "")
    return nilai


class Formulir(HTMLParser):
    """The POST forms of a page: {action: [(name, value), ...]} as a browser submits
    them without the user touching anything (no submit button named)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.form, self.aksi = {}, None
        self.select = self.option = self.textarea = None
        self.menurut_id = {}  # a form's id -> its action, for controls with a form attribute

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            if a.get("method", "get").lower() == "post":
                self.aksi = a.get("action", "")
                self.form.setdefault(self.aksi, [])
                if a.get("id"):
                    self.menurut_id[a["id"]] = self.aksi
            return
        if tag == "option" and self.select is not None:
            self.option = [a.get("value"), "selected" in a, ""]
            self.select["opsi"].append(self.option)
            return
        # A control outside its form names it (form="id"), as the LKE worksheet's do.
        aksi = self.menurut_id.get(a["form"]) if "form" in a else self.aksi
        if aksi is None or "disabled" in a and tag in ("input", "select", "textarea"):
            return
        isi = self.form[aksi]
        if tag == "input" and a.get("name"):
            jenis = a.get("type", "text").lower()
            if jenis in ("submit", "button", "reset", "image", "file"):
                return
            if jenis in ("checkbox", "radio"):
                if "checked" in a:
                    isi.append((a["name"], a.get("value", "on")))
                return
            isi.append((a["name"], _nilai_input(a)))
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "multiple": "multiple" in a, "opsi": [], "aksi": aksi}
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], "", aksi]

    def handle_data(self, data):
        if self.option is not None:
            self.option[2] += data
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.aksi = None
        elif tag == "option":
            self.option = None
        elif tag == "select" and self.select is not None:
            s, self.select = self.select, None
            opsi = [(v if v is not None else t.strip(), pilih) for v, pilih, t in s["opsi"]]
            dipilih = [v for v, pilih in opsi if pilih]
            if not s["multiple"] and not dipilih and opsi:
                dipilih = [opsi[0][0]]
            self.form[s["aksi"]] += [
                (s["name"], v) for v in dipilih[: None if s["multiple"] else 1]
            ]
        elif tag == "textarea" and self.textarea is not None:
            nama, teks, aksi = self.textarea
            self.textarea = None
            # The parser drops the newline right after <textarea>; browsers submit CRLF.
            teks = teks.removeprefix("\n").replace("\r\n", "\n").replace("\n", "\r\n")
            self.form[aksi].append((nama, teks))


def isian_browser(html, aksi):
    p = Formulir()
    p.feed(html)
    assert aksi in p.form, f"tidak ada form POST ke {aksi!r}: {list(p.form)}"
    data = {}
    for nama, nilai in p.form[aksi]:
        data.setdefault(nama, []).append(nilai)
    return data


def isi_basis_data():
    """Every row of the product's tables but the trail (and login bookkeeping)."""
    hasil = {}
    for model in apps.get_models(include_auto_created=True):
        if not model.__module__.startswith("sakip.") and not model._meta.auto_created:
            continue
        if model._meta.app_label in ("jejak", "sessions", "contenttypes"):
            continue
        if model._meta.label in ("akun.Pengguna", "akun.PercobaanMasuk"):
            continue
        hasil[model._meta.label] = list(model.objects.order_by("pk").values())
    return hasil


@pytest.fixture
def terisi(demo):
    """The demo data with everything open for entry, and the kinds of values that did
    not survive a round trip: dates, text over several lines, a filling window."""
    StatusDokumen.objects.all().delete()
    p = _periode()
    p.visi = "Baris pertama\nbaris kedua"
    p.tanggal_penetapan = date(2021, 9, 10)
    p.save()
    PerjanjianKinerja.objects.filter(opd__slug=OPD_TEBING, tahun=2022).update(
        tanggal=date(2022, 2, 28)
    )
    pemda = p.pemda.__class__.objects.get(slug=PPU)
    JendelaPengisian.objects.create(
        pemda=pemda, tahun=2026, triwulan=4, mulai=date(2026, 11, 29), selesai=date(2027, 1, 10)
    )
    Narasi.objects.filter(opd__slug=OPD_TEBING, tahun=2022).update(teks="Satu.\n\nDua.")
    AnalisisIndikator.objects.filter(indikator=_ind(), tahun=2022).update(
        analisis="Satu.\n\nDua.", solusi=" Spasi di tepi "
    )
    KopDokumen.objects.create(
        pemda=p.pemda, baris="PEMERINTAH KOTA TEBING TINGGI\nJalan Sutomo", logo=LOGO, ukuran=11
    )
    opd = p.opd
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    SimpulanReviu.objects.create(
        opd=opd, tahun=2022, teks="Simpulan.\nBaris dua.", oleh=inspektorat
    )
    lke = Evaluasi.objects.create(opd=opd, tahun=2022, versi=VERSI_BAKU)
    Jawaban.objects.create(
        evaluasi=lke, kode="1.1.1", jawaban_opd="Y", keterangan_opd="Perwali 5/2021\nPasal 3"
    )
    Jawaban.objects.create(evaluasi=lke, kode="1.2.1", jawaban_opd="BB", jawaban_evaluator="B")


@pytest.mark.parametrize("nama", sorted(EDIT))
def test_an_unchanged_form_posted_back_changes_nothing(nama, terisi, masuk):
    username, url, aksi = EDIT[nama]()
    klien = masuk(username)
    r = klien.get(url)
    assert r.status_code == 200
    data = isian_browser(r.content.decode(), "" if aksi is None else aksi)
    sebelum, jejak = isi_basis_data(), Jejak.objects.count()
    r = klien.post(aksi or url, data)
    assert r.status_code == (200 if nama in TANPA_NILAI else 302), r.content.decode()[-3000:]
    assert Jejak.objects.count() == jejak, list(Jejak.objects.values("uraian", "lama", "baru"))
    sesudah = isi_basis_data()
    berubah = {m: (sebelum[m], sesudah[m]) for m in sebelum if sebelum[m] != sesudah[m]}
    assert not berubah
