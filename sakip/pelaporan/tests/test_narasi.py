from sakip.instansi.models import OPD
from sakip.pelaporan.models import Narasi

URL = "/opd/disnakerind-tebing-tinggi/dokumen/2022/narasi/"


def test_it_saves_chapter_texts(masuk):
    c = masuk("operator-tebing")
    r = c.get(URL)
    assert r.status_code == 200
    assert "sinkronisasi antara rencana" in r.text  # the demo's Bab IV text
    asal = r.context["asal_json"]
    r = c.post(URL, {"ringkasan": "Tahun 2022 ditandai pemulihan.", "penutup": "", "asal": asal})
    assert r.status_code == 302
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    assert Narasi.objects.get(opd=opd, tahun=2022, bagian="ringkasan").teks.startswith("Tahun")
    assert not Narasi.objects.filter(opd=opd, tahun=2022, bagian="penutup").exists()


def test_it_starts_a_new_year_from_last_years_text(masuk):
    r = masuk("operator-tebing").get("/opd/disnakerind-tebing-tinggi/dokumen/2021/narasi/")
    assert "diambil dari narasi tahun" not in r.text  # nothing before 2021
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    Narasi.objects.create(opd=opd, tahun=2021, bagian="ringkasan", teks="Teks 2021")
    r = masuk("operator-tebing").get(URL)
    assert "Teks 2021" in r.text
    assert "diambil dari narasi tahun 2021" in r.text
    assert not Narasi.objects.filter(opd=opd, tahun=2022, bagian="ringkasan").exists()


def test_it_lets_the_pemda_admin_read_documents_but_not_write(masuk):
    c = masuk("admin-tebing")
    assert c.get("/opd/disnakerind-tebing-tinggi/dokumen/2022/").status_code == 200
    assert c.get(URL).status_code == 403


def test_it_refuses_a_user_of_another_opd(masuk):
    assert masuk("operator-jambi").post(URL, {"ringkasan": "x"}).status_code == 404


def test_it_refuses_anonymous_users(client, demo):
    assert client.post(URL, {"ringkasan": "x"}).status_code == 302
    assert not Narasi.objects.filter(teks="x").exists()


def test_each_chapter_change_leaves_one_audit_record(masuk):
    from sakip.jejak.models import Jejak

    c = masuk("operator-tebing")
    halaman = c.get(URL)
    awal, asal = halaman.context["form"].initial, halaman.context["asal_json"]
    c.post(URL, {**awal, "asal": asal, "ringkasan": "Ringkasan baru."})
    jejak = Jejak.objects.get()
    assert jejak.uraian == "Narasi LKjIP 2022: Ikhtisar eksekutif"
    assert jejak.baru == {"teks": "Ringkasan baru."}


def test_an_approved_lkjip_is_locked(masuk):
    from sakip.alur.models import StatusDokumen

    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    StatusDokumen.objects.create(opd=opd, tahun=2022, dokumen="lkjip", tahap="diajukan")
    r = masuk("operator-tebing").post(URL, {"ringkasan": "x"})
    assert r.status_code == 403
    assert "LKjIP 2022 berstatus Diajukan" in r.text


def test_a_stale_form_gives_the_conflict_message_and_writes_nothing(masuk):
    import html

    from sakip.jejak.models import Jejak

    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    c = masuk("operator-tebing")
    halaman = c.get(URL)
    awal, asal = halaman.context["form"].initial, halaman.context["asal_json"]
    Narasi.objects.filter(opd=opd, tahun=2022, bagian="penutup").update(teks="Teks orang lain")
    r = c.post(URL, {**awal, "asal": asal, "penutup": "Teks saya", "ringkasan": "Baru"})
    assert r.status_code == 200
    assert "telah diubah oleh pengguna lain" in html.unescape(r.content.decode())
    assert r.context["asal_json"] == asal
    assert Narasi.objects.get(opd=opd, tahun=2022, bagian="penutup").teks == "Teks orang lain"
    assert not Narasi.objects.filter(opd=opd, tahun=2022, bagian="ringkasan", teks="Baru").exists()
    assert not Jejak.objects.exists()


def test_two_people_may_write_different_chapters(masuk):
    from sakip.jejak.models import Jejak

    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    c = masuk("operator-tebing")
    halaman = c.get(URL)
    awal, asal = halaman.context["form"].initial, halaman.context["asal_json"]
    Narasi.objects.filter(opd=opd, tahun=2022, bagian="penutup").update(teks="Teks orang lain")
    # The penutup shown is sent back unchanged (with browser line breaks): left alone.
    penutup = awal["penutup"].replace("\n", "\r\n")
    r = c.post(URL, {**awal, "asal": asal, "penutup": penutup, "ringkasan": "Baru"})
    assert r.status_code == 302
    assert Narasi.objects.get(opd=opd, tahun=2022, bagian="penutup").teks == "Teks orang lain"
    assert Narasi.objects.get(opd=opd, tahun=2022, bagian="ringkasan").teks == "Baru"
    [j] = Jejak.objects.all()
    assert j.uraian == "Narasi LKjIP 2022: Ikhtisar eksekutif"
