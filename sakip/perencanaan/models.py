"""The plan: planning periods and the tree visi → misi → tujuan → sasaran with their
indicators and targets, and the Perjanjian Kinerja. The agency it belongs to (Pemda, OPD,
officials) is `sakip.instansi`.

Measured values (data variables, realisations) live in `sakip.pengukuran`;
numbers are computed by `sakip.kinerja`, never here.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.dasar.kolom import angka
from sakip.instansi.models import OPD, Pejabat, Pemda
from sakip.kinerja.capaian import Agregasi, Polaritas


class Periode(models.Model):
    """A planning document: RPJMD/RPD for a Pemda, Renstra for an OPD, or a supplement
    (suplemen) that replaces its parent's tree for the years it covers."""

    class Jenis(models.TextChoices):
        RPJMD = "rpjmd", "RPJMD"
        RPD = "rpd", "RPD"
        SUPLEMEN_RPJMD = "suplemen_rpjmd", "Suplemen RPJMD"
        RENSTRA = "renstra", "Renstra"
        SUPLEMEN_RENSTRA = "suplemen_renstra", "Suplemen Renstra"

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="periode_set")
    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="periode_set")
    kode = models.SlugField(help_text="Rujukan di berkas data, unik dalam satu Pemda")
    jenis = models.CharField(max_length=20, choices=Jenis.choices)
    nama = models.CharField(max_length=300)
    tahun_awal = models.PositiveSmallIntegerField()
    tahun_akhir = models.PositiveSmallIntegerField()
    induk = models.ForeignKey(
        "self", models.CASCADE, null=True, blank=True, related_name="suplemen_set"
    )
    visi = models.TextField(blank=True)
    dasar_hukum = models.TextField(blank=True)
    tanggal_penetapan = models.DateField(null=True, blank=True)
    penandatangan = models.ForeignKey(Pejabat, models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ["tahun_awal", "id"]
        verbose_name_plural = "periode"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "kode"], name="periode_kode_unik"),
            models.CheckConstraint(
                condition=Q(tahun_akhir__gte=models.F("tahun_awal")), name="periode_tahun_urut"
            ),
        ]

    def __str__(self):
        return self.nama

    def mencakup(self, tahun):
        return self.tahun_awal <= tahun <= self.tahun_akhir


class Misi(models.Model):
    periode = models.ForeignKey(Periode, models.CASCADE, related_name="misi_set")
    nomor = models.PositiveSmallIntegerField()
    teks = models.TextField()

    class Meta:
        ordering = ["nomor"]
        verbose_name_plural = "misi"

    def __str__(self):
        return self.teks


class Tujuan(models.Model):
    periode = models.ForeignKey(Periode, models.CASCADE, related_name="tujuan_set")
    nomor = models.CharField(max_length=10)
    nama = models.TextField()
    misi = models.ForeignKey(Misi, models.SET_NULL, null=True, blank=True)
    melayani = models.ForeignKey(
        "Sasaran",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="tujuan_pendukung",
        help_text="Sasaran Pemda yang didukung (cascading)",
    )
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        verbose_name_plural = "tujuan"

    def __str__(self):
        return self.nama


class Sasaran(models.Model):
    """A sasaran of a plan (tingkat `sasaran`, under a tujuan) or a node of the cascade
    below an OPD's sasaran: sasaran program (eselon III), sasaran kegiatan (eselon IV) or
    individu, each under the node it serves (`induk`) and owned by an official.

    A lower node has no tujuan, by a database constraint: everything that reads a plan's
    sasaran through its tujuan (`tujuan.sasaran_set`, `tujuan__periode` filters: the
    tables, LKjIP, IKU, PK, portal, reviu, workbook) never sees it. Its indicators are
    ordinary `Indikator` rows of the same period (same engine, targets, formulas)."""

    class Tingkat(models.TextChoices):
        SASARAN = "sasaran", "Sasaran"
        PROGRAM = "sasaran_program", "Sasaran program"
        KEGIATAN = "sasaran_kegiatan", "Sasaran kegiatan"
        INDIVIDU = "individu", "Sasaran individu"

    tujuan = models.ForeignKey(
        Tujuan, models.CASCADE, null=True, blank=True, related_name="sasaran_set"
    )
    tingkat = models.CharField(max_length=20, choices=Tingkat.choices, default=Tingkat.SASARAN)
    induk = models.ForeignKey(
        "self",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="anak_set",
        help_text="Sasaran yang dilayani di dalam rencana OPD (tingkat di bawah sasaran)",
    )
    penanggung_jawab = models.ForeignKey(
        Pejabat, models.SET_NULL, null=True, blank=True, related_name="sasaran_dipegang"
    )
    nomor = models.CharField(max_length=10)
    nama = models.TextField()
    melayani = models.ForeignKey(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="sasaran_pendukung",
        help_text="Sasaran Pemda yang didukung (cascading)",
    )
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        verbose_name_plural = "sasaran"
        constraints = [
            models.CheckConstraint(
                condition=Q(tingkat="sasaran", tujuan__isnull=False, induk__isnull=True)
                | (
                    ~Q(tingkat="sasaran")
                    & Q(tujuan__isnull=True, induk__isnull=False, melayani__isnull=True)
                ),
                name="sasaran_tingkat_induk",
            ),
        ]

    def __str__(self):
        return self.nama

    @property
    def akar(self):
        """The OPD's (or Pemda's) sasaran this node belongs to: itself at tingkat sasaran."""
        simpul = self
        while simpul.induk_id:
            simpul = simpul.induk
        return simpul


class Indikator(models.Model):
    """An indicator of a tujuan or a sasaran. Its realisation comes, in this order of
    preference, from its components (composite), its formula over data variables, or
    values entered directly."""

    class Jenis(models.TextChoices):
        PERSENTASE = "persentase", "Persentase"
        ABSOLUT = "absolut", "Absolut"
        RASIO = "rasio", "Rasio"
        INDEKS = "indeks", "Indeks"
        KUALITATIF = "kualitatif", "Kualitatif"

    class AsalData(models.TextChoices):
        INTERNAL = "internal", "Internal"
        EKSTERNAL = "eksternal", "Eksternal"

    class JenisData(models.TextChoices):
        PRIMER = "primer", "Primer"
        SEKUNDER = "sekunder", "Sekunder"

    periode = models.ForeignKey(Periode, models.CASCADE, related_name="indikator_set")
    tujuan = models.ForeignKey(
        Tujuan, models.CASCADE, null=True, blank=True, related_name="indikator_set"
    )
    sasaran = models.ForeignKey(
        Sasaran, models.CASCADE, null=True, blank=True, related_name="indikator_set"
    )
    kode = models.SlugField(help_text="Rujukan di berkas data, unik dalam satu periode")
    nama = models.TextField()
    satuan = models.CharField(max_length=40)
    jenis = models.CharField(max_length=12, choices=Jenis.choices)
    polaritas = models.CharField(
        max_length=10, choices=[(p.value, p.value.capitalize()) for p in Polaritas]
    )
    rumus = models.TextField(blank=True, help_text="Kosong bila realisasi diisi langsung")
    rumus_uraian = models.TextField(blank=True, help_text="Rumus dalam kata-kata")
    komponen = models.ManyToManyField("self", symmetrical=False, blank=True)
    asal_data = models.CharField(max_length=10, choices=AsalData.choices, blank=True)
    jenis_data = models.CharField(max_length=10, choices=JenisData.choices, blank=True)
    sumber_data = models.CharField(max_length=300, blank=True)
    baseline_tahun = models.PositiveSmallIntegerField(null=True, blank=True)
    baseline_nilai = angka(null=True, blank=True)
    target_akhir = angka(null=True, blank=True)
    target_akhir_atas = angka(null=True, blank=True)
    standar_nasional = angka(
        null=True, blank=True, help_text="Standar nasional/provinsi pembanding, bila ada"
    )
    agregasi = models.CharField(
        max_length=10,
        choices=[(a.value, a.value.replace("_", " ")) for a in Agregasi],
        default=Agregasi.TERAKHIR,
        help_text="Cara triwulan menjadi nilai tahunan (untuk realisasi yang diisi langsung)",
    )
    iku = models.BooleanField("IKU", default=False)
    urutan = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        verbose_name_plural = "indikator"
        constraints = [
            models.UniqueConstraint(fields=["periode", "kode"], name="indikator_kode_unik"),
            models.CheckConstraint(
                condition=Q(tujuan__isnull=True, sasaran__isnull=False)
                | Q(tujuan__isnull=False, sasaran__isnull=True),
                name="indikator_satu_induk",
            ),
        ]

    def __str__(self):
        return self.nama

    @property
    def tujuan_induk(self):
        return self.tujuan if self.tujuan_id else self.sasaran.akar.tujuan


class Target(models.Model):
    """A planned value for a year (triwulan 0) or a quarter (1–4, Rencana Aksi).
    A range target is [nilai, nilai_atas]."""

    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="target_set")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(default=0)
    nilai = angka()
    nilai_atas = angka(null=True, blank=True)

    class Meta:
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun", "triwulan"], name="target_unik"),
            models.CheckConstraint(condition=Q(triwulan__lte=4), name="target_triwulan_0_4"),
        ]

    def __str__(self):
        return f"{self.indikator} {self.tahun}/{self.triwulan}: {self.nilai}"


class PerjanjianKinerja(models.Model):
    """A signed performance agreement for a year. Its targets are a snapshot taken when it
    was set; a revision (PK perubahan) is a new version, and earlier versions stay.

    The OPD's own PK (its Kepala's) has no `pemegang`; an official who owns nodes of the
    cascade below the OPD's sasaran (administrator, pengawas, individu) has a PK of their
    own with `pemegang` set: the targets of the nodes they own. It belongs to the OPD's PK
    document of the year (same workflow and lock). Reads of the OPD's PK filter
    `pemegang__isnull=True`."""

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="perjanjian_kinerja_set")
    # CASCADE as the OPD above it: deleting a Pemda or OPD takes its PKs along; deleting one
    # official with a PK is refused on the delete page (`jejak.terkait.data_terkait`).
    pemegang = models.ForeignKey(
        Pejabat,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="perjanjian_kinerja_dipegang",
        help_text="Pejabat pemilik simpul cascading; kosong untuk PK OPD (Kepala OPD)",
    )
    tahun = models.PositiveSmallIntegerField()
    versi = models.PositiveSmallIntegerField(default=1)
    tanggal = models.DateField(null=True, blank=True)
    pihak_pertama = models.ForeignKey(
        Pejabat, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    pihak_kedua = models.ForeignKey(
        Pejabat, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    alasan = models.TextField(blank=True, help_text="Alasan perubahan (untuk versi kedua dst.)")

    class Meta:
        ordering = ["tahun", "versi"]
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "versi"],
                condition=Q(pemegang__isnull=True),
                name="pk_versi_unik",
            ),
            models.UniqueConstraint(
                fields=["opd", "pemegang", "tahun", "versi"],
                condition=Q(pemegang__isnull=False),
                name="pk_pejabat_versi_unik",
            ),
        ]

    def __str__(self):
        pemegang = f" {self.pemegang.nama}" if self.pemegang_id else ""
        return f"PK {self.opd}{pemegang} {self.tahun} versi {self.versi}"


class TargetPK(models.Model):
    pk_dokumen = models.ForeignKey(PerjanjianKinerja, models.CASCADE, related_name="target_set")
    indikator = models.ForeignKey(Indikator, models.CASCADE, related_name="+")
    nilai = angka()
    nilai_atas = angka(null=True, blank=True)

    class Meta:
        ordering = ["indikator__urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["pk_dokumen", "indikator"], name="target_pk_unik")
        ]

    def __str__(self):
        return f"{self.indikator}: {self.nilai}"


class KeterkaitanLintasOPD(models.Model):
    """A crosscutting link: the proposing OPD (`opd`) asks another OPD of the same Pemda
    (`opd_mitra`) to contribute to one of its sasaran (`sasaran`, any tingkat), optionally
    naming the partner's contributing sasaran or node (`sasaran_mitra`) and how (`catatan`).
    The partner accepts or refuses (a refusal with its reason); the proposer may withdraw
    while it waits. An accepted link shows in both OPD's pohon kinerja and LKjIP.

    It is a record of its own agreed by both sides: proposing or deciding changes no row of
    either plan, so an approved (locked) Renstra does not stop it. Its history is in the
    audit trail (`jejak`), one record per step."""

    class Status(models.TextChoices):
        DIUSULKAN = "diusulkan", "Diusulkan"
        DITERIMA = "diterima", "Diterima"
        DITOLAK = "ditolak", "Ditolak"
        DITARIK = "ditarik", "Ditarik"

    opd = models.ForeignKey(
        OPD, models.CASCADE, related_name="lintas_diusulkan", verbose_name="OPD pengusul"
    )
    sasaran = models.ForeignKey(
        Sasaran, models.CASCADE, related_name="lintas_didukung", verbose_name="sasaran"
    )
    opd_mitra = models.ForeignKey(
        OPD, models.CASCADE, related_name="lintas_diminta", verbose_name="OPD mitra"
    )
    sasaran_mitra = models.ForeignKey(
        Sasaran,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="lintas_mendukung",
        verbose_name="sasaran mitra yang berkontribusi",
    )
    catatan = models.TextField("bentuk kontribusi", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DIUSULKAN)
    diusulkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diusulkan_pada = models.DateTimeField("diusulkan pada")
    diputus_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    diputus_pada = models.DateTimeField("diputus pada", null=True, blank=True)
    alasan = models.TextField(blank=True, help_text="Alasan penolakan atau penarikan")

    sebutan_terkait = "keterkaitan lintas OPD (crosscutting)"

    class Meta:
        ordering = ["-diusulkan_pada", "-id"]
        verbose_name = "keterkaitan lintas OPD"
        verbose_name_plural = "keterkaitan lintas OPD"
        constraints = [
            models.CheckConstraint(
                condition=~Q(opd=models.F("opd_mitra")), name="lintas_opd_berbeda"
            ),
            models.CheckConstraint(
                condition=~Q(status="ditolak", alasan=""), name="lintas_tolak_beralasan"
            ),
        ]

    def __str__(self):
        return f"{self.opd} → {self.opd_mitra}: {self.sasaran}"
