"""A count over 999 on a paginated page is grouped as Indonesians write it: 1.205."""

from decimal import Decimal

from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.perencanaan.templatetags.angka import angka
from sakip.pertukaran.demo import OPD_DEMO, TEBING


def test_the_number_filter_takes_a_count():
    assert angka(1205, 0) == "1.205"
    assert angka(Decimal("1205.5")) == "1.205,50"


def test_the_audit_page_groups_its_count(masuk):
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    Jejak.objects.bulk_create(
        Jejak(nama_pengguna="x", opd=opd, tindakan="ubah", objek="x", uraian=f"u{i}")
        for i in range(1200)
    )
    jumlah = Jejak.objects.filter(opd=opd).count()
    teks = masuk("admin-tebing").get(f"/opd/{opd.slug}/jejak/").content.decode()
    assert f"{jumlah // 1000}.{jumlah % 1000:03d} catatan" in teks


def test_a_count_has_no_decimals_unless_asked():
    assert angka(1) == "1"
    assert angka(1205) == "1.205"
    assert angka(Decimal(1)) == "1,00"  # a measured value keeps the two decimals
