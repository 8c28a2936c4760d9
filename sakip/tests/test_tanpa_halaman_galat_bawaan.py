"""No address of the product answers with Django's English default error page. Every URL
pattern is resolved with sample arguments, a slug and ids that do not exist and the data of
Penajam Paser Utara, and asked for with GET and POST by an anonymous visitor, PPU's Publik
user, an operator of another Pemda's OPD (Jambi) and, for the arguments that do not exist,
PPU's Admin Pemda. Each answer is a page, a redirect or one of our error pages, in
Indonesian (DEBUG off, as in production); under /api/, JSON with the reason in Indonesian."""

import json
import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver

from sakip.akun.models import Pengguna, Peran
from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import Pejabat
from sakip.pengukuran.models import Variabel
from sakip.perencanaan.models import Indikator, Misi, Periode, Sasaran, Tujuan
from sakip.pertukaran.demo import OPD_DEMO, PPU

# Django's default pages and its own reasons, which a user must never read.
INGGRIS = (
    "Not Found",
    "Forbidden",
    "Server Error",
    "Bad Request",
    "Method Not Allowed",
    "was not found on this server",
    "CSRF verification failed",
    "matches the given query",
)
TIDAK_ADA = 999999


def _pola(daftar, awalan=""):
    for p in daftar:
        if isinstance(p, URLResolver):
            yield from _pola(p.url_patterns, awalan + str(p.pattern))
        else:
            yield awalan + str(p.pattern)


POLA = sorted(set(_pola(get_resolver().url_patterns)))
_ARGUMEN = re.compile(r"<(?:(\w+):)?(\w+)>")

# The PPU record an id stands for, by the word before it in the address.
MILIK_PPU = {
    "indikator": lambda: Indikator.objects.filter(periode__pemda__slug=PPU),
    "periode": lambda: Periode.objects.filter(pemda__slug=PPU),
    "misi": lambda: Misi.objects.filter(periode__pemda__slug=PPU),
    "tujuan": lambda: Tujuan.objects.filter(periode__pemda__slug=PPU),
    "sasaran": lambda: Sasaran.objects.filter(tujuan__periode__pemda__slug=PPU),
    "sub-kegiatan": lambda: ProgramKegiatan.objects.filter(opd__pemda__slug=PPU, tingkat=5),
    "baris-anggaran": lambda: ProgramKegiatan.objects.filter(opd__pemda__slug=PPU),
    "pejabat": lambda: Pejabat.objects.filter(pemda__slug=PPU),
    "pengguna": lambda: Pengguna.objects.filter(username="operator-ppu"),
    "peran": lambda: Peran.objects.filter(pemda__slug=PPU),
    "variabel": lambda: Variabel.objects.filter(pemda__slug=PPU),
}
# Words for the other arguments of PPU's addresses.
KATA_PPU = {"tahun": 2025, "triwulan": 1, "dokumen": "tw1", "format": "xlsx", "opd": OPD_DEMO[PPU]}


def _tidak_ada(pola):
    return _ARGUMEN.sub(lambda m: str(TIDAK_ADA) if m[1] == "int" else "tidak-ada", pola)


def _ppu(pola):
    bagian = pola.split("/")

    def isi(m):
        nama = m[2]
        if nama == "slug":
            return OPD_DEMO[PPU] if pola.startswith("opd/") else PPU
        if nama in KATA_PPU:
            return str(KATA_PPU[nama])
        if nama == "jenis":  # a planning level, a budget level, a document kind
            return "sasaran" if m[1] == "str" else "lkjip"
        # The segment holding the argument ("<slug:kode>.<slug:format>" holds two).
        di = next(i for i, b in enumerate(bagian) if m[0] in b)
        sebelum = next(b for b in reversed(bagian[:di] or [""]) if "<" not in b)
        sebelum = "sasaran" if "<str:jenis>" in pola else sebelum
        milik = MILIK_PPU.get(sebelum)
        obj = milik().order_by("pk").first() if milik else None
        return str(obj.pk if obj else TIDAK_ADA)

    return _ARGUMEN.sub(isi, pola)


def _periksa(r, metode, alamat, siapa):
    if r.status_code < 400:
        return
    teks = r.content.decode()
    tempat = f"{metode} {alamat} sebagai {siapa}: {r.status_code}"
    if alamat.startswith("/api/"):  # the API answers in JSON: {"detail": "..."}
        assert isinstance(json.loads(teks)["detail"], str), f"{tempat} tanpa alasan"
    else:
        assert '<html lang="id">' in teks, f"{tempat} tanpa halaman kami"
    for kata in INGGRIS:
        assert kata not in teks, f"{tempat} berbahasa Inggris ({kata!r})"


def test_every_pattern_is_walked():
    assert len(POLA) > 80
    assert "opd/<slug:slug>/jejak/" in POLA and "" in POLA


@pytest.mark.parametrize("pola", POLA)
def test_no_english_error_page(demo, pola):
    tamu = [("tamu", Client(), [_tidak_ada(pola), _ppu(pola)])]
    pengguna = [
        ("publik-ppu", [_tidak_ada(pola), _ppu(pola)]),
        ("operator-jambi", [_tidak_ada(pola), _ppu(pola)]),
        ("admin-ppu", [_tidak_ada(pola)]),
    ]
    for username, daftar in pengguna:
        c = Client()
        c.force_login(Pengguna.objects.get(username=username))
        tamu.append((username, c, daftar))
    for siapa, c, daftar in tamu:
        for alamat in dict.fromkeys(f"/{a}" for a in daftar):
            for metode in ("get", "post"):
                _periksa(getattr(c, metode)(alamat), metode.upper(), alamat, siapa)
