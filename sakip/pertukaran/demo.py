"""The demo: the three seed agencies, a login for every role in each, and their
documents in different workflow states."""

from datetime import date, datetime, time, timedelta
from importlib import resources

from django.db import transaction
from django.utils import timezone

from sakip.akun.models import Pengguna, Peran
from sakip.alur.models import StatusDokumen
from sakip.alur.ubah import atur_jendela, jalankan
from sakip.evaluasi.models import SimpulanReviu
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.evaluasi.ubah import asal_simpulan, simpan_simpulan, terima_temuan
from sakip.instansi.models import OPD, Pemda
from sakip.jejak.models import Jejak
from sakip.pengukuran.tersimpan import tunda

from .impor import impor_teks

KATA_SANDI_DEMO = "sakip-demo"
# The demo users' addresses: a reserved domain (RFC 2606) that no mail server delivers to;
# with no EMAIL_HOST the mails are files under var/mail/ to read.
DOMAIN_SUREL_DEMO = "sakip.example"

PPU, JAMBI, TEBING = "kab-penajam-paser-utara", "kota-jambi", "kota-tebing-tinggi"
OPD_DEMO = {
    PPU: "dkukmperindag-ppu",
    JAMBI: "dtkk-ukm-jambi",
    TEBING: "disnakerind-tebing-tinggi",
}
AKHIRAN = {PPU: "ppu", JAMBI: "jambi", TEBING: "tebing"}

# (username, role, pemda slug, opd slug): every role in every seed agency.
PENGGUNA_DEMO = [
    (
        f"{awalan}-{AKHIRAN[pemda]}",
        jenis,
        pemda,
        OPD_DEMO[pemda] if jenis in Peran.LINGKUP_OPD else None,
    )
    for awalan, jenis in (
        ("operator", Peran.Jenis.OPERATOR_OPD),
        ("kepala", Peran.Jenis.KEPALA_OPD),
        ("admin", Peran.Jenis.ADMIN_PEMDA),
        ("inspektorat", Peran.Jenis.INSPEKTORAT),
        ("publik", Peran.Jenis.PUBLIK),
    )
    for pemda in (PPU, JAMBI, TEBING)
]

# (pemda, year, document, steps taken by (role prefix, step[, reason])): each seed
# agency shows approved, waiting and returned documents.
DISETUJUI = [("operator", "ajukan"), ("admin", "verifikasi"), ("kepala", "setujui")]


def dengan_alasan(langkah, alasan):
    """`langkah` with the operator's reason to submit data that has gaps
    (`alur.kelengkapan`): the seed documents print annual figures and no evidence files,
    so the demo's quarters, LKjIP and one Renstra are submitted with gaps."""
    return [(a, n, alasan) if n == "ajukan" else (a, n) for a, n in langkah]


TERBIT_2022 = (
    "Data 2022 dimasukkan dari LKjIP dan IKU yang telah terbit: dokumen itu hanya memuat "
    "nilai tahunan, dan bukti dukungnya tersimpan di arsip dinas."
)
BELUM_DARI_BIDANG = (
    "Realisasi triwulan ini belum diterima dari bidang; diajukan sesuai jadwal pelaporan "
    "dan akan dilengkapi bila dikembalikan."
)
ALUR_DEMO = [
    (
        TEBING,
        2021,
        "renstra",
        dengan_alasan(
            DISETUJUI,
            "Suplemen Renstra yang terbit tidak mencantumkan target tahunan beberapa "
            "indikator; target akhir periodenya berlaku.",
        ),
    ),
    (TEBING, 2022, "pk", DISETUJUI),
    *((TEBING, 2022, f"tw{t}", dengan_alasan(DISETUJUI, TERBIT_2022)) for t in range(1, 5)),
    (TEBING, 2022, "lkjip", dengan_alasan(DISETUJUI, TERBIT_2022)),
    (PPU, 2024, "renstra", DISETUJUI),
    (PPU, 2025, "pk", DISETUJUI),
    (PPU, 2025, "tw1", dengan_alasan(DISETUJUI, BELUM_DARI_BIDANG)),
    # Verified with every value empty: the Kepala sees it, and the operator's reason.
    (PPU, 2025, "tw2", dengan_alasan(DISETUJUI[:2], BELUM_DARI_BIDANG)),
    (PPU, 2025, "tw3", dengan_alasan(DISETUJUI[:1], BELUM_DARI_BIDANG)),
    (JAMBI, 2024, "renstra", DISETUJUI),
    (
        JAMBI,
        2025,
        "pk",
        [*DISETUJUI[:1], ("admin", "kembalikan", "Target IKU 2025 belum sama dengan Renstra.")],
    ),
    (JAMBI, 2025, "tw1", dengan_alasan(DISETUJUI[:1], BELUM_DARI_BIDANG)),
]

# (pemda, year, reason for every error, conclusion): reviews the Inspektorat concluded
# before the LKjIP was approved. Tebing Tinggi's errors are figures printed in its 2022
# documents; the LKjIP sakip builds computes every figure again from the data.
REVIU_DEMO = [
    (
        TEBING,
        2022,
        "Angka ini tercetak pada dokumen asli 2022; LKjIP yang disusun sakip menghitung "
        "ulang setiap angka dari data sehingga kesalahan ini tidak terbawa.",
        "Reviu menemukan galat pada angka yang tercetak di dokumen asli LKjIP 2022 "
        "(pembulatan capaian, predikat, jumlah, angka yang berbeda antartabel, capaian 153,84% "
        "pada Tabel 9 kedua, dan kode pada lampiran RFK). Seluruh galat "
        "diterima dengan alasan karena LKjIP yang disusun sakip menghitung ulang angka-angka "
        "tersebut dari data; tidak ada galat yang terbuka.",
    ),
]


# The days Tebing Tinggi's documents were really approved (the 2022 LKjIP before its
# deadline, 31 March 2023; each quarter within the month after it): the demo walks them
# today, then dates each walk's records (`_beri_tanggal`), so the evaluation's
# suggestions read a realistic history.
TANGGAL_DEMO = {
    (TEBING, 2021, "renstra"): date(2021, 6, 15),
    (TEBING, 2022, "pk"): date(2022, 2, 25),
    (TEBING, 2022, "tw1"): date(2022, 4, 25),
    (TEBING, 2022, "tw2"): date(2022, 7, 25),
    (TEBING, 2022, "tw3"): date(2022, 10, 25),
    (TEBING, 2022, "tw4"): date(2023, 1, 25),
    (TEBING, 2022, "lkjip"): date(2023, 3, 27),
}
# The review of the 2022 LKjIP was concluded before the LKjIP was approved.
TANGGAL_REVIU = {(TEBING, 2022): date(2023, 3, 20)}


def _pukul(hari, jam=10):
    return timezone.make_aware(datetime.combine(hari, time(jam)))


def _beri_tanggal(opd, tahun, dokumen, hari):
    """Date a demo walk: its last step on `hari`, each earlier one a day before the next.
    Seed history, not a change anyone made: written past `Jejak.save`, which refuses
    changes to the product's own records."""
    status = StatusDokumen.objects.get(opd=opd, tahun=tahun, dokumen=dokumen)
    langkah = list(
        Jejak.objects.filter(opd=opd, objek="status dokumen", objek_id=str(status.pk))
        .order_by("-id")
        .values_list("pk", flat=True)
    )
    for mundur, pk in enumerate(langkah):
        Jejak.objects.filter(pk=pk).update(waktu=_pukul(hari - timedelta(days=mundur)))
    StatusDokumen.objects.filter(pk=status.pk).update(diubah=_pukul(hari))


def berkas_demo():
    folder = resources.files("sakip.pertukaran") / "demo"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@tunda()
def muat_demo():
    for berkas in berkas_demo():
        # Seed data, not a change anyone made: no audit trail (tests count it from zero).
        impor_teks(berkas.read_text(encoding="utf-8"), jejak=False)
    for username, peran, pemda, opd in PENGGUNA_DEMO:
        pengguna, _ = Pengguna.objects.get_or_create(username=username)
        pengguna.set_password(KATA_SANDI_DEMO)
        pengguna.email = f"{username}@{DOMAIN_SUREL_DEMO}"
        pengguna.save()
        Peran.objects.get_or_create(
            pengguna=pengguna,
            jenis=peran,
            pemda=Pemda.objects.get(slug=pemda),
            opd=OPD.objects.get(slug=opd) if opd else None,
        )
    return PENGGUNA_DEMO


@transaction.atomic
def muat_alur_demo():
    """Walk the demo documents to their states (once: a re-run leaves them alone) and
    open this quarter's filling window, so every role finds something waiting."""
    muat_reviu_demo()
    for pemda, tahun, dokumen, langkah in ALUR_DEMO:
        opd = OPD.objects.get(slug=OPD_DEMO[pemda])
        if StatusDokumen.objects.filter(opd=opd, tahun=tahun, dokumen=dokumen).exists():
            continue
        for awalan, nama, *alasan in langkah:
            pengguna = Pengguna.objects.get(username=f"{awalan}-{AKHIRAN[pemda]}")
            jalankan(pengguna, opd, tahun, dokumen, nama, *alasan)
        if hari := TANGGAL_DEMO.get((pemda, tahun, dokumen)):
            _beri_tanggal(opd, tahun, dokumen, hari)
    hari_ini = timezone.localdate()
    triwulan = (hari_ini.month - 1) // 3 + 1
    buka = (hari_ini - timedelta(days=7), hari_ini + timedelta(days=14))
    for pemda in OPD_DEMO:
        admin = Pengguna.objects.get(username=f"admin-{AKHIRAN[pemda]}")
        atur_jendela(admin, Pemda.objects.get(slug=pemda), hari_ini.year, {triwulan: buka})


def muat_reviu_demo():
    """Conclude the demo reviews (once): accept every open error with its reason, then
    write the conclusion, as the Inspektorat does on the review page."""
    for pemda, tahun, alasan, simpulan in REVIU_DEMO:
        opd = OPD.objects.get(slug=OPD_DEMO[pemda])
        if SimpulanReviu.objects.filter(opd=opd, tahun=tahun).exists():
            continue
        inspektorat = Pengguna.objects.get(username=f"inspektorat-{AKHIRAN[pemda]}")
        for t in galat_terbuka(reviu_dengan_tanggapan(opd, tahun)):
            terima_temuan(inspektorat, opd, tahun, t.aturan, t.lokasi, alasan)
        simpan_simpulan(inspektorat, opd, tahun, simpulan, asal_simpulan(None))
        if hari := TANGGAL_REVIU.get((pemda, tahun)):
            SimpulanReviu.objects.filter(opd=opd, tahun=tahun).update(pada=_pukul(hari))
