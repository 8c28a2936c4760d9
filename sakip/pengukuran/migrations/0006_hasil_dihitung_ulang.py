"""Stored results are recomputed: the last year of a period now takes the end-of-period
target when it has no yearly one, and notes name a missing variable by its name."""

from django.db import migrations


def hapus_hasil(apps, schema_editor):
    # Recomputed on the next read (`pengukuran.tersimpan`).
    apps.get_model("pengukuran", "HasilIndikator").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("pengukuran", "0005_angka_tepat_di_sqlite")]

    operations = [migrations.RunPython(hapus_hasil, migrations.RunPython.noop)]
