"""Accepting a wrong figure accepts the figures computed from it: the Inspektorat accepts
the cause, and its consequences (R29) are accepted with it, each audited with a reason that
names the cause; the grouped page lists a consequence under its cause."""

from sakip.evaluasi.models import Tanggapan
from sakip.evaluasi.reviu import reviu_opd
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak

URL = "/opd/dtkk-ukm-jambi/reviu/2024/"
# Seed 001, IKU 2025 Tabel 3.4: Jambi's realisasi 51,00 where 639 / 1.257 = 50,84 (R01); the
# capaian 121,43 follows from it and is 121,04 from the right realisation (R29).
LOKASI = "IKU 2025 Tabel 3.4, Persentase Penyerapan Tenaga Kerja"
KELOMPOK = "k-r01-iku-2025-tabel-3-4"
ALASAN = "Realisasi dibulatkan OPD; dikoreksi pada LKjIP."


def terima(klien, aturan="R01", lokasi=LOKASI):
    return klien.post(URL + "tanggapi/", {"aturan": aturan, "lokasi": lokasi, "alasan": ALASAN})


def test_the_cause_and_its_consequence_are_accepted_each_audited(masuk):
    temuan = reviu_opd(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024)
    (akibat,) = [t for t in temuan if t.sebab == ("R01", LOKASI)]
    assert (akibat.aturan, akibat.lokasi) == ("R29", LOKASI)
    klien = masuk("inspektorat-jambi")
    r = terima(klien)
    assert r.url == f"{URL}?buka={KELOMPOK}#{KELOMPOK}"
    diterima = dict(
        Tanggapan.objects.filter(opd__slug="dtkk-ukm-jambi", tahun=2024).values_list(
            "aturan", "alasan"
        )
    )
    assert diterima == {
        "R01": ALASAN,
        "R29": f"Akibat dari temuan R01 di {LOKASI}: {ALASAN}",
    }
    jejak = Jejak.objects.filter(objek="tanggapan temuan", opd__slug="dtkk-ukm-jambi")
    assert sorted(j.baru["aturan"] for j in jejak) == ["R01", "R29"]
    assert all(j.nama_pengguna == "inspektorat-jambi" for j in jejak)
    halaman = klien.get(r.url).text
    assert "1 temuan R01 diterima, beserta 1 temuan akibatnya." in halaman


def test_the_page_lists_a_consequence_under_its_cause(masuk):
    halaman = masuk("inspektorat-jambi").get(URL).text
    kelompok = halaman[halaman.index(f'id="{KELOMPOK}"') :]
    kelompok = kelompok[: kelompok.index("</details>")]
    # One group: the R01 and, under it, its R29; no group of its own for the consequence.
    assert "↳ akibat dari R01" in kelompok and "<b>R29</b>" in kelompok
    assert kelompok.index("50,84") < kelompok.index("↳ akibat dari R01")
    assert 'id="k-r29-iku-2025-tabel-3-4"' not in halaman
    # Accepting the group's one cause is a single finding's form: no group form.
    assert "Terima 2 temuan" not in kelompok


def test_accepting_a_consequence_alone_leaves_its_cause_open(masuk):
    klien = masuk("inspektorat-jambi")
    terima(klien, aturan="R29")
    diterima = Tanggapan.objects.filter(opd__slug="dtkk-ukm-jambi", tahun=2024)
    assert list(diterima.values_list("aturan", flat=True)) == ["R29"]


def test_it_checks_access(masuk, client):
    # The OPD itself, another Pemda's Inspektorat and anonymous cannot accept.
    assert terima(masuk("operator-jambi")).status_code == 403
    assert terima(masuk("inspektorat-tebing")).status_code == 404
    r = terima(client)
    assert r.status_code == 302 and "/masuk/" in r.url
    assert not Tanggapan.objects.filter(opd__slug="dtkk-ukm-jambi", tahun=2024).exists()
