"""Stored results are recomputed: the last year of a period now takes the end-of-period
target when it has no yearly one, and notes name a missing variable by its name."""

from django.db import migrations


def hapus_hasil(apps, schema_editor):
    # No OPD is whole any more; reads compute what is missing in memory until the next
    # write or `sakip hitung-ulang` stores it again (docs/produksi.md).
    apps.get_model("pengukuran", "HasilIndikator").objects.all().delete()
    apps.get_model("pengukuran", "VersiHasil").objects.update(dihitung=None)


class Migration(migrations.Migration):
    dependencies = [("pengukuran", "0007_versi_dihitung")]

    operations = [migrations.RunPython(hapus_hasil, migrations.RunPython.noop)]
