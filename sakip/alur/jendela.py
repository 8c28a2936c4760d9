"""Setting the quarterly filling windows of a Pemda."""

from django.db import transaction

from sakip.jejak.catat import hapus, simpan

from .models import JendelaPengisian


def jendela_tahun(pemda, tahun):
    """{triwulan: window or None} for quarters 1–4."""
    ada = {j.triwulan: j for j in JendelaPengisian.objects.filter(pemda=pemda, tahun=tahun)}
    return {t: ada.get(t) for t in range(1, 5)}


@transaction.atomic
def atur_jendela(pengguna, pemda, tahun, tanggal):
    """`tanggal` is {triwulan: (mulai, selesai) or (None, None)}; each change is audited."""
    for triwulan, (mulai, selesai) in tanggal.items():
        jendela = jendela_tahun(pemda, tahun)[triwulan]
        uraian = f"Jendela pengisian Triwulan {triwulan} {tahun}"
        if mulai is None:
            if jendela:
                hapus(pengguna, jendela, ["mulai", "selesai"], uraian=uraian, opd=None, pemda=pemda)
            continue
        jendela = jendela or JendelaPengisian(pemda=pemda, tahun=tahun, triwulan=triwulan)
        simpan(
            pengguna,
            jendela,
            {"mulai": mulai, "selesai": selesai},
            uraian=uraian,
            opd=None,
            pemda=pemda,
        )
