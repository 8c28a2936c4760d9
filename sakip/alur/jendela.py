"""Setting the quarterly filling windows of a Pemda."""

from django.db import transaction

from sakip.jejak.catat import asal_bagian, hapus, nilai_objek, simpan

from .models import JendelaPengisian


def jendela_tahun(pemda, tahun):
    """{triwulan: window or None} for quarters 1–4."""
    ada = {j.triwulan: j for j in JendelaPengisian.objects.filter(pemda=pemda, tahun=tahun)}
    return {t: ada.get(t) for t in range(1, 5)}


BIDANG = ["mulai", "selesai"]


def asal_jendela(ada):
    """What the page shows of `jendela_tahun`, per quarter ("1".."4"), for optimistic
    locking."""
    return {str(t): nilai_objek(j, BIDANG) if j else dict.fromkeys(BIDANG) for t, j in ada.items()}


@transaction.atomic
def atur_jendela(pengguna, pemda, tahun, tanggal, asal=None):
    """`tanggal` is {triwulan: (mulai, selesai) or (None, None)}; each change is audited.
    `asal` is `asal_jendela` as the page showed it: a window changed since is a `Konflik`."""
    ada = jendela_tahun(pemda, tahun)  # read once: each turn changes only its own quarter
    for triwulan, (mulai, selesai) in tanggal.items():
        jendela = ada[triwulan]
        uraian = f"Jendela pengisian Triwulan {triwulan} {tahun}"
        semula = asal_bagian(asal, str(triwulan), uraian)
        if mulai is None:
            if jendela:
                hapus(pengguna, jendela, BIDANG, uraian=uraian, opd=None, pemda=pemda, asal=semula)
            continue
        jendela = jendela or JendelaPengisian(pemda=pemda, tahun=tahun, triwulan=triwulan)
        simpan(
            pengguna,
            jendela,
            {"mulai": mulai, "selesai": selesai},
            uraian=uraian,
            opd=None,
            pemda=pemda,
            asal=semula,
        )
