from django.apps import AppConfig


class LkeConfig(AppConfig):
    name = "sakip.lke"
    verbose_name = "Evaluasi SAKIP (LKE)"

    def ready(self):
        from sakip.alur.tugas import PENYEDIA

        from .tugas import tugas_rekomendasi

        if tugas_rekomendasi not in PENYEDIA:
            PENYEDIA.append(tugas_rekomendasi)
