"""The Admin Pemda links an account to its official (for the Rencana Aksi) on the user's
page, audited; only an official of an OPD of that Pemda; nobody else may."""

from sakip.akun.models import Pengguna
from sakip.instansi.models import Pejabat, Pemda
from sakip.jejak.models import Jejak

PEMDA = "kota-tebing-tinggi"


def _alamat(pengguna):
    return f"/pemda/{PEMDA}/pengguna/{pengguna.pk}/pejabat/"


def test_the_admin_links_an_account_to_its_official(masuk):
    kepala = Pengguna.objects.get(username="kepala-tebing")
    kadis = Pejabat.objects.get(kode="kadis-disnakerind")
    c = masuk("admin-tebing")
    assert "Simpan tautan pejabat" in c.get(f"/pemda/{PEMDA}/pengguna/{kepala.pk}/").text
    r = c.post(_alamat(kepala), {"pejabat": kadis.pk, "alasan": "Kepala Dinas sendiri"})
    assert r.status_code == 302
    kepala.refresh_from_db()
    assert kepala.pejabat == kadis
    j = Jejak.objects.get(objek="pengguna", uraian__startswith="Tautan akun kepala-tebing")
    assert (j.lama, j.baru, j.alasan) == (
        {"pejabat": None},
        {"pejabat": "Ir. Iboy Hutapea"},
        "Kepala Dinas sendiri",
    )
    # An official of another Pemda is no choice.
    lain = Pejabat.objects.exclude(pemda__slug=PEMDA).filter(opd__isnull=False).first()
    r = c.post(_alamat(kepala), {"pejabat": lain.pk})
    assert r.status_code == 400
    kepala.refresh_from_db()
    assert kepala.pejabat == kadis


def test_only_the_admin_of_the_pemda_links(masuk, client):
    kepala = Pengguna.objects.get(username="kepala-tebing")
    kadis = Pejabat.objects.get(kode="kadis-disnakerind")
    assert masuk("admin-jambi").post(_alamat(kepala), {"pejabat": kadis.pk}).status_code == 404
    assert masuk("operator-tebing").post(_alamat(kepala), {"pejabat": kadis.pk}).status_code == 403
    r = client.post(_alamat(kepala), {"pejabat": kadis.pk})
    assert r.status_code == 302 and r.url.startswith("/masuk/")
    kepala.refresh_from_db()
    assert kepala.pejabat is None


def test_the_admin_allows_officials_to_fill_their_actions(masuk):
    c = masuk("admin-tebing")
    r = c.get(f"/pemda/{PEMDA}/pengaturan/")
    isian = {
        k: v
        for k, v in r.context["form"].initial.items()
        if v is not None and k != "pejabat_boleh_mengisi"
    }
    isian |= {"pejabat_boleh_mengisi": "on", "asal": r.context["asal_json"]}
    assert c.post(f"/pemda/{PEMDA}/pengaturan/", isian).status_code == 302
    assert Pemda.objects.get(slug=PEMDA).pejabat_boleh_mengisi
