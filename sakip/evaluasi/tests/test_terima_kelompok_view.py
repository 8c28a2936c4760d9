"""The Inspektorat accepts every open finding of a group (one table, one rule) with one
reason: one acceptance and one audit record per finding, all or none; back to the group."""

from sakip.evaluasi.models import SimpulanReviu, Tanggapan
from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pertukaran.demo import muat_reviu_demo

OPD_TEBING = "disnakerind-tebing-tinggi"
URL = f"/opd/{OPD_TEBING}/reviu/2021/"
# Tebing Tinggi's LKjIP 2022 Tabel 8 prints two 2021 capaian one hundredth off (seed 004):
# 71,41 for 71,42 and 75,43 for 75,42, two R02 errors nobody accepted.
TABEL_8 = "LKjIP 2022 Tabel 8"
KELOMPOK = "k-r02-lkjip-2022-tabel-8"
ALASAN = "Selisih pembulatan pada dokumen asli; LKjIP sakip menghitung ulang."


def _r02_tabel_8():
    temuan = reviu_opd(OPD.objects.get(slug=OPD_TEBING), 2021)
    return [t.lokasi for t in temuan if t.aturan == "R02" and t.lokasi.startswith(TABEL_8)]


def terima(klien, lokasi, alasan=ALASAN, url=URL, aturan="R02"):
    return klien.post(url + "tanggapi/", {"aturan": aturan, "lokasi": lokasi, "alasan": alasan})


def test_one_reason_accepts_the_whole_group_each_audited(masuk):
    lokasi = _r02_tabel_8()
    assert len(lokasi) == 2
    klien = masuk("inspektorat-tebing")
    r = terima(klien, lokasi)
    assert r.status_code == 302
    assert r.url == f"{URL}?buka={KELOMPOK}#{KELOMPOK}"
    diterima = Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2021, aturan="R02")
    assert sorted(diterima.values_list("lokasi", flat=True)) == sorted(lokasi)
    assert {t.alasan for t in diterima} == {ALASAN}
    jejak = Jejak.objects.filter(objek="tanggapan temuan", opd__slug=OPD_TEBING)
    assert jejak.count() == 2
    for j in jejak:
        assert j.nama_pengguna == "inspektorat-tebing" and j.tindakan == Jejak.Tindakan.BUAT
        assert j.baru["alasan"] == ALASAN and j.baru["lokasi"] in lokasi
    # The group comes back open, with the count in its message, and says all are accepted.
    halaman = klien.get(r.url).text
    kelompok = halaman[halaman.index(f'id="{KELOMPOK}" open>') :]
    kelompok = kelompok[: kelompok.index("</details>")]
    assert "2 temuan R02 diterima." in kelompok
    assert "2 temuan, semua diterima" in kelompok
    assert "Terima 2 temuan" not in halaman
    assert halaman.count("2 temuan R02 diterima.") == 1  # not repeated at the top


def test_a_reason_is_required(masuk):
    klien = masuk("inspektorat-tebing")
    r = terima(klien, _r02_tabel_8(), alasan="")
    assert r.url.endswith(f"#{KELOMPOK}")
    assert "Alasan temuan diterima wajib diisi." in klien.get(r.url).text
    assert not Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2021).exists()


def test_all_or_none_when_one_was_accepted_meanwhile(masuk):
    lokasi = _r02_tabel_8()
    klien = masuk("inspektorat-tebing")
    terima(klien, lokasi[1:], alasan="Diterima lebih dulu")
    r = terima(klien, lokasi)
    assert "telah diubah oleh pengguna lain" in klien.get(r.url).text
    diterima = Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2021)
    assert list(diterima.values_list("alasan", flat=True)) == ["Diterima lebih dulu"]


def test_findings_of_several_groups_are_not_accepted_together(masuk):
    temuan = reviu_opd(OPD.objects.get(slug=OPD_TEBING), 2021)
    r23 = [t.lokasi for t in temuan if t.aturan == "R23"]  # four sources, four groups
    klien = masuk("inspektorat-tebing")
    r = terima(klien, r23, aturan="R23")
    assert "harus satu kelompok" in klien.get(r.url).text
    assert not Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2021).exists()


def test_a_concluded_review_refuses_acceptances(masuk):
    # Tebing Tinggi 2022: every error accepted and the conclusion written (the demo); its
    # two R25 warnings stay open but may no longer be accepted, alone or together.
    muat_reviu_demo()
    url = f"/opd/{OPD_TEBING}/reviu/2022/"
    temuan = reviu_opd(OPD.objects.get(slug=OPD_TEBING), 2022)
    r25 = [t.lokasi for t in temuan if t.aturan == "R25"]
    klien = masuk("inspektorat-tebing")
    sebelum = Tanggapan.objects.count()
    for lokasi in (r25[:1], r25):
        r = terima(klien, lokasi, url=url, aturan="R25")
        assert r.status_code == 403
        assert "sudah disimpulkan" in r.text
    assert Tanggapan.objects.count() == sebelum
    halaman = klien.get(url).text
    assert "Reviu 2022 sudah disimpulkan dan tidak ada galat terbuka" in halaman
    assert "Alasan diterima" not in halaman
    # Counts per level, whole numbers (seed 004: 77 errors, all accepted; 6 warnings).
    # The 8 consequences (R29) are listed under their causes, in the causes' groups.
    assert "31 kelompok menurut tabel dan aturan" in halaman
    assert "77 temuan, semua diterima" in halaman
    assert "6 temuan, 6 belum ditanggapi" in halaman


def test_a_concluded_review_with_a_new_error_opens_again(masuk):
    # A conclusion with an error open (data changed after it) is no longer concluded.
    muat_reviu_demo()
    url = f"/opd/{OPD_TEBING}/reviu/2022/"
    Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2022, aturan="R24").delete()
    assert SimpulanReviu.objects.filter(opd__slug=OPD_TEBING, tahun=2022).exists()
    (lokasi,) = [
        t.lokasi for t in reviu_opd(OPD.objects.get(slug=OPD_TEBING), 2022) if t.aturan == "R24"
    ]
    r = terima(masuk("inspektorat-tebing"), [lokasi], url=url, aturan="R24")
    assert r.status_code == 302 and r.url.endswith("#k-r24-lkjip-2022-tabel-14")
    assert Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2022, aturan="R24").exists()


def test_it_checks_access(masuk, client):
    lokasi = _r02_tabel_8()
    # The OPD under review and the Pemda admin cannot accept its findings.
    assert terima(masuk("operator-tebing"), lokasi).status_code == 403
    assert terima(masuk("admin-tebing"), lokasi).status_code == 403
    # Another Pemda's Inspektorat and staff do not see the OPD at all.
    assert terima(masuk("inspektorat-jambi"), lokasi).status_code == 404
    assert terima(masuk("operator-jambi"), lokasi).status_code == 404
    r = terima(client, lokasi)
    assert r.status_code == 302 and "/masuk/" in r.url
    assert not Tanggapan.objects.filter(opd__slug=OPD_TEBING, tahun=2021).exists()
    # Only the reviewer sees the forms.
    assert "Terima 2 temuan" in masuk("inspektorat-tebing").get(URL).text
    assert "Terima 2 temuan" not in masuk("operator-tebing").get(URL).text


def test_a_single_acceptance_returns_to_its_group(masuk):
    jambi = "/opd/dtkk-ukm-jambi/reviu/2024/"
    (t,) = [t for t in reviu_opd(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024) if t.aturan == "R04"]
    klien = masuk("inspektorat-jambi")
    r = terima(klien, [t.lokasi], url=jambi, aturan="R04")
    assert r.url == f"{jambi}?buka=k-r04-iku-2025-tabel-3-2#k-r04-iku-2025-tabel-3-2"
    assert "1 temuan R04 diterima." in klien.get(r.url).text
