"""The plan: Pemda and OPD, officials, planning periods and the tree
visi → misi → tujuan → sasaran with their indicators and targets.

Measured values (data variables, realisations) live in `sakip.pengukuran`;
numbers are computed by `sakip.kinerja`, never here.
"""

import decimal
from decimal import Decimal

from django.db import NotSupportedError, migrations, models
from django.db.models import Q, lookups

from sakip.kinerja.angka import tidak_muat
from sakip.kinerja.capaian import Agregasi, Polaritas
from sakip.kinerja.predikat import PRESET


class KolomAngka(models.DecimalField):
    """numeric(30, 12) on PostgreSQL; exact decimal text on SQLite. A SQLite `decimal`
    column has NUMERIC affinity (a non-integer is stored as a double) and Django reads it
    through a float, so both keep only 15 significant digits, and an 18-digit integer
    cannot even be read back. As text the digits are kept and read back exactly.

    On SQLite such a column compares and sorts as text ("10" < "9"), so comparisons in
    SQL are refused there (below); compare, sort and add these numbers in Python, as
    `sakip.kinerja` does. Equality works: the text is canonical (`teks_kolom`)."""

    def get_internal_type(self):
        # Not "DecimalField": the SQLite backend would read the text through a float
        # and wrap expressions in CAST(... AS NUMERIC), a double again.
        return "KolomAngka"

    def db_type(self, connection):
        if connection.vendor == "sqlite":
            return "text"
        return connection.data_types["DecimalField"] % self.db_type_parameters(connection)

    def get_db_prep_save(self, value, connection):
        # Input is checked where it is typed; this keeps a program from storing what
        # PostgreSQL would round (or refuse) and SQLite would keep, on either back end.
        bukan_angka = value is None or hasattr(value, "as_sql")  # empty, or SQL
        if not bukan_angka and (pesan := tidak_muat(self.to_python(value))):
            raise ValueError(f"{self.model.__name__}.{self.name}: {pesan}")
        return super().get_db_prep_save(value, connection)

    def get_db_prep_value(self, value, connection, prepared=False):
        value = super().get_db_prep_value(value, connection, prepared)
        if connection.vendor == "sqlite" and isinstance(value, Decimal):
            return teks_kolom(value)
        return value

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, Decimal):
            return value
        # text from the column; an int or a float from SQL arithmetic on SQLite
        return Decimal(repr(value) if isinstance(value, float) else value)


class _TolakDiSQLite:
    def as_sqlite(self, compiler, connection):
        raise NotSupportedError(
            f"'{self.lookup_name}' on a number column compares text on SQLite; "
            "compare the Decimals in Python (see KolomAngka)"
        )


for _lookup in (
    lookups.GreaterThan,
    lookups.GreaterThanOrEqual,
    lookups.LessThan,
    lookups.LessThanOrEqual,
    lookups.Range,
):
    KolomAngka.register_lookup(type(_lookup.__name__, (_TolakDiSQLite, _lookup), {}))


def teks_kolom(nilai):
    """The canonical text a number is stored as on SQLite: "1.5", "100", "-0.000001"."""
    n = nilai.normalize(decimal.Context(prec=max(1, len(nilai.as_tuple().digits))))
    return "0" if n.is_zero() else format(n, "f")


def kanonikkan_angka(app_label):
    """A migration step: on SQLite, rewrite the number columns of `app_label`, just turned
    from `decimal` into text, as canonical text (what was an integer or a double there)."""

    def langkah(apps, schema_editor):
        koneksi = schema_editor.connection
        if koneksi.vendor != "sqlite":
            return
        q = koneksi.ops.quote_name
        with koneksi.cursor() as c:
            for model in apps.get_app_config(app_label).get_models():
                tabel, pk = q(model._meta.db_table), q(model._meta.pk.column)
                for f in model._meta.concrete_fields:
                    if not isinstance(f, KolomAngka):
                        continue
                    # Identifiers only come from the models, quoted; values are parameters.
                    kolom = q(f.column)
                    c.execute(f"SELECT {pk}, {kolom} FROM {tabel} WHERE {kolom} IS NOT NULL")  # noqa: S608
                    for kunci, nilai in c.fetchall():
                        teks = teks_kolom(f.from_db_value(nilai, None, koneksi))
                        if teks != nilai:
                            ubah = f"UPDATE {tabel} SET {kolom} = %s WHERE {pk} = %s"  # noqa: S608
                            c.execute(ubah, [teks, kunci])

    return migrations.RunPython(langkah, migrations.RunPython.noop, elidable=True)


def angka(**kwargs):
    """A measured or planned number: exact decimal, wide enough that nothing typed is rounded
    (18 digits before the comma, 12 after; `sakip.kinerja.angka.tidak_muat`)."""
    return KolomAngka(max_digits=30, decimal_places=12, **kwargs)


class Pemda(models.Model):
    class Jenis(models.TextChoices):
        PROVINSI = "provinsi", "Provinsi"
        KABUPATEN = "kabupaten", "Kabupaten"
        KOTA = "kota", "Kota"

    slug = models.SlugField(unique=True)
    nama = models.CharField(max_length=200)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    provinsi = models.CharField(max_length=100, blank=True)
    skala_predikat = models.CharField(
        max_length=40,
        choices=[(kode, s.nama) for kode, s in PRESET.items()],
        default="permendagri-86",
    )
    batas_capaian = angka(null=True, blank=True, help_text="Batas atas capaian, mis. 100 atau 120")

    class Meta:
        ordering = ["nama"]
        verbose_name_plural = "pemda"

    def __str__(self):
        return self.nama


class OPD(models.Model):
    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="opd_set")
    slug = models.SlugField(unique=True)
    nama = models.CharField(max_length=300)
    singkatan = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["pemda__nama", "nama"]
        verbose_name = "OPD"
        verbose_name_plural = "OPD"

    def __str__(self):
        return self.nama


class Pejabat(models.Model):
    """An official, referenced by documents instead of retyped in each one."""

    pemda = models.ForeignKey(Pemda, models.CASCADE, related_name="pejabat_set")
    opd = models.ForeignKey(OPD, models.CASCADE, null=True, blank=True, related_name="pejabat_set")
    kode = models.SlugField(help_text="Rujukan di berkas data, unik dalam satu Pemda")
    nama = models.CharField(max_length=200)
    nip = models.CharField("NIP", max_length=30, blank=True)
    pangkat = models.CharField(max_length=100, blank=True)
    golongan = models.CharField(max_length=20, blank=True)
    jabatan = models.CharField(max_length=200)
    # How documents printed the name and NIP: [{"sumber": ..., "nama": ..., "nip": ...}]
    tercetak = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pemda", "kode"], name="pejabat_kode_unik")]
        verbose_name_plural = "pejabat"

    def __str__(self):
        return self.nama


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
    tujuan = models.ForeignKey(Tujuan, models.CASCADE, related_name="sasaran_set")
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

    def __str__(self):
        return self.nama


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
        return self.tujuan if self.tujuan_id else self.sasaran.tujuan


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
    was set; a revision (PK perubahan) is a new version, and earlier versions stay."""

    opd = models.ForeignKey(OPD, models.CASCADE, related_name="perjanjian_kinerja_set")
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
            models.UniqueConstraint(fields=["opd", "tahun", "versi"], name="pk_versi_unik")
        ]

    def __str__(self):
        return f"PK {self.opd} {self.tahun} versi {self.versi}"


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
