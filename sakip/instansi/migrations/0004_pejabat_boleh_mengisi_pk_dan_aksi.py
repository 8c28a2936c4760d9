# The one grant now covers the official's own PK as well as their Rencana Aksi actions.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("instansi", "0003_pemda_pejabat_boleh_mengisi_aksi"),
    ]

    operations = [
        migrations.RenameField(
            model_name="pemda",
            old_name="pejabat_boleh_mengisi_aksi",
            new_name="pejabat_boleh_mengisi",
        ),
        migrations.AlterField(
            model_name="pemda",
            name="pejabat_boleh_mengisi",
            field=models.BooleanField(
                default=False,
                help_text="Pejabat yang akunnya ditautkan ke data pejabat dapat menetapkan "
                "Perjanjian Kinerjanya sendiri selama PK OPD masih terbuka, serta mengubah aksi "
                "yang menjadi tanggung jawabnya dan melaporkannya tiap triwulan",
                verbose_name="pejabat boleh mengisi PK dan rencana aksinya sendiri",
            ),
        ),
    ]
