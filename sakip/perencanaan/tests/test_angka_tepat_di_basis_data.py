"""Every number a field allows is stored and read back exactly, on SQLite as on
PostgreSQL (`perencanaan.models.KolomAngka`), and the audit trail keeps what was typed."""

import re
from decimal import Decimal

import pytest
from django.apps import apps
from django.db import NotSupportedError, connection, models

from sakip.jejak.catat import simpan
from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.perencanaan.models import Target

from .isian_bantu import indikator, jejak_baru, jejak_terakhir

# The edges of numeric(30, 12): 18 digits before the comma, 12 after, 30 in all.
TEPI = [
    "999999999999999999",
    "-999999999999999999",
    "123456789012345678",
    "123456789012345678.123456789012",
    "-123456789012345678.123456789012",
    "999999999999999999.999999999999",
    "0.000000000001",
    "-0.000000000001",
    "123456.123456789012",
    "0.1",
    "100",
    "0",
]


def test_numbers_at_the_edges_read_back_exactly(demo):
    ind = indikator()
    target = Target(indikator=ind, tahun=2022, triwulan=1)
    for teks in TEPI:
        sebelum = jejak_terakhir()
        assert simpan(None, target, {"nilai": Decimal(teks)}, uraian="uji", opd=ind.periode.opd)
        assert Target.objects.get(pk=target.pk).nilai == Decimal(teks), teks
        # The fast path (`pengukuran.massal`) reads through values_list.
        [dibaca] = Target.objects.filter(pk=target.pk).values_list("nilai", flat=True)
        assert isinstance(dibaca, Decimal) and dibaca == Decimal(teks), teks
        [j] = jejak_baru(sebelum)
        assert j.baru == {"nilai": teks}


def test_every_app_keeps_all_digits(demo):
    ind = indikator()
    panjang = Decimal("-123456789012345678.123456789012")
    ind.target_akhir = panjang
    ind.save()
    var = Variabel.objects.filter(opd=ind.periode.opd).first()
    nilai = NilaiVariabel.objects.create(variabel=var, tahun=2030, triwulan=0, nilai=panjang)
    ind.refresh_from_db()
    nilai.refresh_from_db()
    assert (ind.target_akhir, nilai.nilai) == (panjang, panjang)


def test_every_number_column_is_exact_on_this_back_end(db):
    """Each app's migration turned its number columns into text on SQLite; PostgreSQL
    keeps numeric(30, 12)."""
    kolom = [
        (m._meta.db_table, f.column)
        for m in apps.get_models()
        for f in m._meta.concrete_fields
        if isinstance(f, models.DecimalField)
    ]
    assert {t.split("_")[0] for t, _ in kolom} == {"perencanaan", "pengukuran", "anggaran", "aksi"}
    with connection.cursor() as c:
        for tabel, nama in kolom:
            deskripsi = connection.introspection.get_table_description(c, tabel)
            jenis = {k.name: k.type_code for k in deskripsi}[nama]
            if connection.vendor == "sqlite":
                assert jenis.lower() == "text", (tabel, nama)
            else:
                assert jenis == 1700, (tabel, nama)  # numeric


@pytest.mark.parametrize(
    "teks,pesan",
    [
        ("1E+18", "angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis 19)"),
        ("0.0000000000001", "paling banyak 12 angka di belakang koma (tertulis 13)"),
    ],
)
def test_a_program_cannot_store_what_does_not_fit(demo, teks, pesan):
    """PostgreSQL would refuse the first and round the second; SQLite would keep both.
    Both back ends refuse both."""
    with pytest.raises(ValueError, match=re.escape("Target.nilai: ") + ".*" + re.escape(pesan)):
        Target.objects.create(indikator=indikator(), tahun=2022, triwulan=1, nilai=Decimal(teks))


def test_equality_finds_the_stored_number(demo):
    ind = indikator()
    Target.objects.create(indikator=ind, tahun=2022, triwulan=1, nilai=Decimal("0.10"))
    Target.objects.create(indikator=ind, tahun=2022, triwulan=2, nilai=Decimal(TEPI[3]))
    semua = Target.objects.filter(indikator=ind)
    assert semua.get(nilai=Decimal("0.1")).triwulan == 1
    assert semua.get(nilai=Decimal(TEPI[3])).triwulan == 2
    assert semua.filter(nilai__in=[Decimal("0.100"), Decimal(TEPI[3])]).count() == 2


def test_ordering_comparisons_are_refused_on_sqlite(demo):
    """Text compares "10" < "9": a comparison in SQL would be silently wrong there."""
    ind = indikator()
    Target.objects.create(indikator=ind, tahun=2022, triwulan=1, nilai=Decimal(10))
    lebih = Target.objects.filter(indikator=ind, triwulan=1, nilai__gt=Decimal(9))
    if connection.vendor == "sqlite":
        with pytest.raises(NotSupportedError, match="compare the Decimals in Python"):
            list(lebih)
    else:
        assert lebih.count() == 1
