from io import BytesIO

from docx import Document

from sakip.instansi.models import OPD
from sakip.pengukuran.models import NilaiVariabel
from sakip.perencanaan.models import Indikator, Target
from sakip.pertukaran.demo import muat_demo


def jumlah():
    return (
        OPD.objects.count(),
        Indikator.objects.count(),
        Target.objects.count(),
        NilaiVariabel.objects.count(),
    )


def test_it_loads_the_three_seed_agencies(demo):
    assert set(OPD.objects.values_list("slug", flat=True)) == {
        "dkukmperindag-ppu",
        "dtkk-ukm-jambi",
        "disnakerind-tebing-tinggi",
    }
    # PPU IKU 2025: 10 indicators, each with targets for 2024, 2025 and 2026.
    ppu = Indikator.objects.filter(periode__opd__slug="dkukmperindag-ppu")
    assert ppu.count() == 10
    assert Target.objects.filter(indikator__in=ppu).count() == 30


def test_it_is_idempotent(demo):
    sebelum = jumlah()
    ids = set(Indikator.objects.values_list("pk", flat=True))
    muat_demo()
    assert jumlah() == sebelum
    assert set(Indikator.objects.values_list("pk", flat=True)) == ids


def test_it_shows_every_workflow_state_with_its_trail(demo):
    from sakip.alur.models import JendelaPengisian, StatusDokumen
    from sakip.jejak.models import Jejak
    from sakip.pertukaran.demo import BELUM_DARI_BIDANG, muat_alur_demo

    muat_alur_demo()
    tahap = dict(
        StatusDokumen.objects.filter(opd__slug="dkukmperindag-ppu", tahun=2025).values_list(
            "dokumen", "tahap"
        )
    )
    assert tahap == {
        "pk": "disetujui",
        "tw1": "disetujui",
        "tw2": "diverifikasi",
        "tw3": "diajukan",
    }
    # TW II waits for the Kepala with every value empty, and the operator's reason for it.
    tw2 = StatusDokumen.objects.get(opd__slug="dkukmperindag-ppu", tahun=2025, dokumen="tw2")
    assert tw2.alasan_kekurangan == BELUM_DARI_BIDANG
    jambi = StatusDokumen.objects.get(opd__slug="dtkk-ukm-jambi", tahun=2025, dokumen="pk")
    assert (jambi.tahap, jambi.alasan) == (
        "dikembalikan",
        "Target IKU 2025 belum sama dengan Renstra.",
    )
    # One record per step: Tebing's seven approved documents took three steps each.
    tebing = Jejak.objects.filter(opd__slug="disnakerind-tebing-tinggi")
    assert tebing.filter(tindakan=Jejak.Tindakan.ALUR).count() == 7 * 3
    # Its review: 77 errors accepted (49 before issue 16 added consequences and stored the
    # rest of seed 004's tables; see test_lkjip_pernyataan_reviu) and the conclusion, one
    # record each. Approving the PK 2022 set the PK of each of the ten officials of the
    # cascade (issue 19): one record per PK and per target, 17 indicators on their nodes.
    assert tebing.exclude(tindakan=Jejak.Tindakan.ALUR).count() == 77 + 1 + 10 + 17
    assert JendelaPengisian.objects.count() == 3
    langkah = Jejak.objects.count()
    muat_alur_demo()
    assert Jejak.objects.count() == langkah


def test_tebing_tinggis_published_lkjip_states_a_concluded_review(masuk):
    from sakip.evaluasi.models import SimpulanReviu, Tanggapan
    from sakip.evaluasi.reviu import reviu_tuntas
    from sakip.pertukaran.demo import muat_alur_demo

    muat_alur_demo()
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    assert reviu_tuntas(opd, 2022)
    assert SimpulanReviu.objects.get(opd=opd, tahun=2022).oleh.username == "inspektorat-tebing"
    assert Tanggapan.objects.filter(opd=opd, tahun=2022).exclude(alasan="").count() == 77
    r = masuk("publik-tebing").get("/opd/disnakerind-tebing-tinggi/dokumen/2022/lkjip.docx")
    assert r.status_code == 200
    teks = "\n".join(p.text for p in Document(BytesIO(r.content)).paragraphs)
    assert "Pernyataan Telah Direviu" in teks
    muat_alur_demo()  # a re-run adds nothing
    assert Tanggapan.objects.filter(opd=opd, tahun=2022).count() == 77
