"""Reading the plan tree."""

from django.db.models import Exists, OuterRef, Prefetch, Q

from .models import Indikator, Periode, Sasaran, Tujuan


def periode_berlaku_semua(opd, tahun):
    """The planning periods in force in `tahun` of every OPD in `opd` (a queryset or a
    list), as one query: those covering the year, less any period replaced for that year
    by one of its supplements."""
    mencakup = Periode.objects.filter(tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
    diganti = mencakup.filter(induk=OuterRef("pk"), opd=OuterRef("opd"))
    return mencakup.filter(opd__in=opd).exclude(Exists(diganti))


def periode_berlaku(opd, tahun):
    """The OPD's planning periods in force in `tahun`."""
    return list(periode_berlaku_semua([opd], tahun))


def tujuan_lengkap(periode):
    """The periode's tujuan with their sasaran and indicators, prefetched in one go."""
    return tujuan_lengkap_semua([periode])


def tujuan_lengkap_semua(periode):
    """`tujuan_lengkap` of several periods at once (the same queries for any number)."""
    indikator = Indikator.objects.select_related("periode__pemda", "periode__opd")
    return (
        Tujuan.objects.filter(periode__in=list(periode))
        .select_related("melayani__tujuan__periode__pemda")
        .prefetch_related(
            Prefetch("indikator_set", queryset=indikator),
            Prefetch(
                "sasaran_set",
                queryset=Sasaran.objects.select_related(
                    "melayani__tujuan__periode__pemda", "penanggung_jawab"
                ).prefetch_related(Prefetch("indikator_set", queryset=indikator)),
            ),
        )
    )


# Levels below the plan's sasaran, each under the one it serves: at most this deep.
URUTAN_TINGKAT = [
    Sasaran.Tingkat.SASARAN,
    Sasaran.Tingkat.PROGRAM,
    Sasaran.Tingkat.KEGIATAN,
    Sasaran.Tingkat.INDIVIDU,
]


def tingkat_anak(tingkat):
    """The level a child of a `tingkat` node has (None below the last)."""
    i = URUTAN_TINGKAT.index(tingkat)
    return URUTAN_TINGKAT[i + 1] if i + 1 < len(URUTAN_TINGKAT) else None


def jalur_periode(bawah_saja=False):
    """The lookup paths from a sasaran of any level to its plan ("tujuan__periode__",
    "induk__tujuan__periode__", ...): a node below a sasaran reaches it through the
    sasaran at the top of its branch. `bawah_saja`: only the paths of the lower nodes."""
    return [f"{'induk__' * n}tujuan__periode__" for n in range(bawah_saja, len(URUTAN_TINGKAT))]


def syarat_simpul(lookup, nilai, bawah_saja=False):
    """A filter on sasaran of every level (or only `bawah_saja` the lower ones) whose plan
    matches `lookup` ("pk", "in", ...) with `nilai`."""
    di = Q()
    for jalur in jalur_periode(bawah_saja):
        di |= Q(**{f"{jalur}{lookup}": nilai})
    return di


def sasaran_bawah(periode, dengan_anggaran=False):
    """The nodes below the sasaran of these periods (sasaran program, kegiatan, individu)
    with their owner and indicators (and `dengan_anggaran` their budget lines), as
    {parent pk: [nodes in order]}, in two (three) queries."""
    indikator = Indikator.objects.select_related("periode__pemda", "periode__opd")
    qs = (
        Sasaran.objects.filter(syarat_simpul("in", list(periode), bawah_saja=True))
        .select_related("penanggung_jawab")
        .prefetch_related(Prefetch("indikator_set", queryset=indikator))
    )
    if dengan_anggaran:
        qs = qs.prefetch_related("program_kegiatan_set")
    hasil = {}
    for s in qs:
        hasil.setdefault(s.induk_id, []).append(s)
    return hasil


def pasang_turunan(daftar_tujuan, bawah):
    """Hang the nodes of `bawah` (`sasaran_bawah`) on the sasaran of `daftar_tujuan` and on
    each other: `turunan` (the nodes below, in order) and `tingkat_anak` (the level of a
    new one, None below the last), for the entry page's tree."""

    def pasang(s):
        s.turunan = bawah.get(s.pk, [])
        s.tingkat_anak = tingkat_anak(s.tingkat)
        s.sebutan_anak = Sasaran.Tingkat(s.tingkat_anak).label.lower() if s.tingkat_anak else ""
        for a in s.turunan:
            pasang(a)

    for tj in daftar_tujuan:
        for s in tj.sasaran_set.all():
            pasang(s)
    return daftar_tujuan


def simpul_periode(periode):
    """Every sasaran of the plan `periode`, of every level, as a queryset."""
    return Sasaran.objects.filter(syarat_simpul("pk", periode.pk))


def urut_pohon(simpul):
    """(node, its nomor with those above it: "2.1.3") for sasaran of every level of one
    plan, in the tree's order (each level by `urutan`, then as entered)."""
    semua = list(simpul.select_related("tujuan"))
    per_pk = {s.pk: s for s in semua}

    def jalur(s):
        atas = jalur(per_pk[s.induk_id]) if s.induk_id else [((s.tujuan.urutan, s.tujuan_id), "")]
        return [*atas, ((s.urutan, s.pk), s.nomor)]

    baris = [(jalur(s), s) for s in semua]
    baris.sort(key=lambda x: [k for k, _ in x[0]])
    return [(s, ".".join(n for _, n in j[1:])) for j, s in baris]


def indikator_pohon(daftar_tujuan):
    """(tujuan, sasaran or None, indikator) in plan order."""
    for tujuan in daftar_tujuan:
        for indikator in tujuan.indikator_set.all():
            yield tujuan, None, indikator
        for sasaran in tujuan.sasaran_set.all():
            for indikator in sasaran.indikator_set.all():
                yield tujuan, sasaran, indikator


def tahun_periode(periode):
    """The years these planning periods cover, in order."""
    return sorted({t for p in periode for t in range(p.tahun_awal, p.tahun_akhir + 1)})


def periode_pemda_berlaku(pemda, tahun):
    """The Pemda's own plans (RPJMD/RPD, or the supplement replacing one) in force in
    `tahun`."""
    mencakup = Periode.objects.filter(
        pemda=pemda, opd__isnull=True, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    )
    return list(mencakup.exclude(Exists(mencakup.filter(induk=OuterRef("pk")))))
