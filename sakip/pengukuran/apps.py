from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save


class PengukuranConfig(AppConfig):
    name = "sakip.pengukuran"
    verbose_name = "Pengukuran kinerja"

    def ready(self):
        from sakip.instansi.models import Pemda
        from sakip.perencanaan.models import Indikator, Periode, Target

        from . import sinyal
        from .models import NilaiVariabel, Realisasi, Variabel

        # Stored results are dropped whenever one of their inputs changes, and recomputed
        # after the commit (tersimpan.py).
        for model in (Target, Realisasi):
            post_save.connect(sinyal.nilai_tahun, model)
            post_delete.connect(sinyal.nilai_tahun, model)
        post_save.connect(sinyal.nilai_variabel, NilaiVariabel)
        post_delete.connect(sinyal.nilai_variabel, NilaiVariabel)
        post_save.connect(sinyal.variabel, Variabel)
        post_delete.connect(sinyal.variabel, Variabel)
        post_save.connect(sinyal.indikator, Indikator)
        pre_delete.connect(sinyal.indikator_dihapus, Indikator)
        m2m_changed.connect(sinyal.komponen, Indikator.komponen.through)
        post_save.connect(sinyal.periode, Periode)
        pre_save.connect(sinyal.skala_lama, Pemda)
        post_save.connect(sinyal.pemda, Pemda)
