"""The Pemda's choice of how a sasaran program or kegiatan gets its capaian in the pohon
kinerja, set on the settings page (Admin Pemda) and audited."""

from sakip.instansi.models import Pemda
from sakip.pertukaran.demo import TEBING

from .isian_bantu import jejak_baru, jejak_terakhir, teks
from .test_pengaturan_pemda import URL, _data


def test_the_admin_sets_it_and_the_trail_keeps_old_and_new(masuk):
    sebelum = jejak_terakhir()
    klien = masuk("admin-tebing")
    assert "Rata-rata tertimbang pagu simpul di bawahnya" in teks(klien.get(URL))
    r = klien.post(URL, _data(gabung_capaian="bobot_anggaran"))
    assert r.status_code == 302, teks(r)
    assert Pemda.objects.get(slug=TEBING).gabung_capaian == "bobot_anggaran"
    [j] = jejak_baru(sebelum)
    assert (j.lama["gabung_capaian"], j.baru["gabung_capaian"]) == ("sendiri", "bobot_anggaran")


def test_a_form_without_it_keeps_the_default(masuk):
    sebelum = jejak_terakhir()
    assert masuk("admin-tebing").post(URL, _data()).status_code == 302
    assert Pemda.objects.get(slug=TEBING).gabung_capaian == "sendiri"
    assert jejak_baru(sebelum) == []
