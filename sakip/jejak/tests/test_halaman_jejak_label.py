"""The audit page names a record's fields by their labels (verbose names) and shows
stored dates as Indonesians write them: "31 Maret 2026"."""

import html

from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import OPD_DEMO, TEBING


def test_fields_by_label_and_dates_in_indonesian(masuk):
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    rekam(
        None,
        Jejak.Tindakan.UBAH,
        "periode",
        "Renstra 2021–2026",
        opd=opd,
        lama={"tahun_awal": 2021, "tanggal_penetapan": "2021-05-03", "pemda_id": 1},
        baru={"tahun_awal": 2022, "tanggal_penetapan": "2026-03-31", "pemda_id": 1},
    )
    rekam(None, Jejak.Tindakan.UBAH, "data lain", "x", opd=opd, lama={"a_b": "2026-03-31"})
    teks = html.unescape(masuk("admin-tebing").get(f"/opd/{opd.slug}/jejak/").content.decode())
    assert "tahun awal:</span> 2021 → 2022" in teks
    assert "tanggal penetapan:</span> 3 Mei 2021 → 31 Maret 2026" in teks
    assert "pemda:</span> 1 → 1" in teks
    assert "tanggal_penetapan" not in teks and "tahun_awal" not in teks
    # A name no model has stays as stored, its value too.
    assert "a_b:</span> 2026-03-31 → –" in teks
