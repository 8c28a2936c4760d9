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


def sasaran_bawah(periode):
    """The nodes below the sasaran of these periods (sasaran program, kegiatan, individu)
    with their owner and indicators, as {parent pk: [nodes in order]}, in two queries."""
    di = Q()
    for n in range(1, len(URUTAN_TINGKAT)):
        di |= Q(**{f"{'induk__' * n}tujuan__periode__in": list(periode)})
    indikator = Indikator.objects.select_related("periode__pemda", "periode__opd")
    hasil = {}
    for s in (
        Sasaran.objects.filter(di)
        .select_related("penanggung_jawab")
        .prefetch_related(Prefetch("indikator_set", queryset=indikator))
    ):
        hasil.setdefault(s.induk_id, []).append(s)
    return hasil


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
