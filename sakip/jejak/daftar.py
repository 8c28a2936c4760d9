"""Reading the audit trail of an OPD: filtering, display of old/new values, export."""

import csv
import io
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import islice

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import DateField, DateTimeField
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.text import capfirst
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from sakip.dasar.teks import sel_csv, sel_xlsx
from sakip.kinerja.angka import KOSONG

from .catat import tampil_nilai
from .models import Jejak

KOLOM = [
    "Waktu",
    "Pengguna",
    "Tindakan",
    "Jenis data",
    "ID data",
    "Uraian",
    "Nilai lama",
    "Nilai baru",
    "Alasan",
]


def jejak_opd(opd):
    return Jejak.objects.filter(opd=opd)


def _awal_hari(tanggal):
    return timezone.make_aware(datetime.combine(tanggal, time.min))


def saring(qs, dari=None, sampai=None, pengguna="", tindakan="", objek="", q=""):
    """The records matching the filters; dates are whole local days, both inclusive."""
    if dari:
        qs = qs.filter(waktu__gte=_awal_hari(dari))
    if sampai:
        qs = qs.filter(waktu__lt=_awal_hari(sampai + timedelta(days=1)))
    if pengguna:
        qs = qs.filter(nama_pengguna=pengguna)
    if tindakan:
        qs = qs.filter(tindakan=tindakan)
    if objek:
        qs = qs.filter(objek=objek)
    if q:
        qs = qs.filter(uraian__icontains=q)
    return qs.order_by("-waktu", "-id")


@cache
def _model_per_nama():
    return {m._meta.verbose_name.lower(): m for m in apps.get_models()}


def _model(jejak):
    return _model_per_nama().get(jejak.objek.lower())


def _bidang(model, nama):
    """The field `nama` (or its column name, `indikator_id`) of the model the record's
    `objek` names; None when there is no such model or field."""
    try:
        return model._meta.get_field(nama)
    except (AttributeError, FieldDoesNotExist):
        return None


def _label(bidang, nama):
    """A field's label: its verbose name ("Tahap", "Indikator"); a name no model has (a
    record that keeps its own names, e.g. an account's) as words ("Wajib ganti kata sandi")."""
    # A reverse relation has no verbose name.
    label = str(getattr(bidang, "verbose_name", None) or nama.replace("_", " "))
    if _rujukan(bidang) and label.lower() == str(bidang.related_model._meta.verbose_name).lower():
        # named after what it refers to: written as that is ("OPD", not "Opd")
        label = str(bidang.related_model._meta.verbose_name)
    return capfirst(label)


def _rujukan(bidang):
    """Whether the field holds the key of one other record (its value is shown as that
    record's name)."""
    return bidang is not None and bidang.concrete and (bidang.many_to_one or bidang.one_to_one)


def _isi(jejak):
    """[(field, name, old, new)] of a record, the fields sorted by name: PostgreSQL's jsonb
    does not keep the order the fields were written in."""
    lama = jejak.lama if isinstance(jejak.lama, dict) else {}
    baru = jejak.baru if isinstance(jejak.baru, dict) else {}
    model = _model(jejak)
    return [
        (_bidang(model, nama), nama, lama.get(nama), baru.get(nama))
        for nama in sorted({*lama, *baru})
    ]


def nama_rujukan(catatan):
    """{(model, key): name} of every record the fields of `catatan` refer to (a
    `indikator_id` of 10: the indicator's name), read with one query per model."""
    kunci = defaultdict(set)
    for j in catatan:
        for bidang, _, *nilai in _isi(j):
            if _rujukan(bidang):
                kunci[bidang.related_model].update(_kunci(bidang, v) for v in nilai)
    nama = {}
    for model, pk in kunci.items():
        for o in model._base_manager.select_related().filter(pk__in=pk - {None}):
            nama[model, o.pk] = str(o)
    return nama


def _kunci(bidang, nilai):
    """The key a field referring to another record holds; None when the value is no key
    (some records keep a name there, e.g. a role's OPD)."""
    try:
        return bidang.target_field.to_python(nilai)
    except ValidationError:
        return None


def _kosong(nilai):
    return nilai is None or nilai == ""


def _tampil(bidang, nilai, rujukan):
    """A stored value as a reader expects it: a choice by its label ("Diajukan"), a key by
    the record's name, dates as "31 Maret 2026" and "6 Desember 2026 09.15", numbers in
    Indonesian."""
    if _kosong(nilai):
        return KOSONG
    if bidang is None:
        return tampil_nilai(nilai)
    if bidang.choices and isinstance(nilai, str | int):
        return str(dict(bidang.flatchoices).get(nilai, tampil_nilai(nilai)))
    if _rujukan(bidang) and (kunci := _kunci(bidang, nilai)) is not None:
        return rujukan.get((bidang.related_model, kunci), f"{nilai} (sudah dihapus)")
    if isinstance(nilai, str) and isinstance(bidang, DateTimeField):
        waktu = parse_datetime(nilai)
        if waktu is not None:
            if timezone.is_aware(waktu):
                waktu = timezone.localtime(waktu)
            return date_format(waktu, "j F Y H.i")
    elif isinstance(nilai, str) and isinstance(bidang, DateField):
        try:
            return date_format(date.fromisoformat(nilai), "j F Y")
        except ValueError:
            pass
    return tampil_nilai(nilai)


def _bidang_berisi(jejak):
    """[(field, name, old, new)] of a record less the fields empty before and after (a new
    record's unset field), which say nothing."""
    return [b for b in _isi(jejak) if not (_kosong(b[2]) and _kosong(b[3]))]


def perubahan(jejak, rujukan):
    """[(field label, old, new)] of one record, values as a reader expects them."""
    return [
        (_label(bidang, nama), _tampil(bidang, lama, rujukan), _tampil(bidang, baru, rujukan))
        for bidang, nama, lama, baru in _bidang_berisi(jejak)
    ]


def halaman(catatan):
    """[(record, its changes)] of a page of records."""
    rujukan = nama_rujukan(catatan)
    return [(j, perubahan(j, rujukan)) for j in catatan]


def _teks_nilai(jejak, sisi, rujukan):
    """One side of a record as the audit page shows it: "Label: value; ...", the same
    fields in the page's order."""
    nilai = getattr(jejak, sisi)
    if nilai is None:
        return ""
    if not isinstance(nilai, dict):
        return tampil_nilai(nilai)
    return "; ".join(
        f"{_label(bidang, nama)}: {_tampil(bidang, nilai[nama], rujukan)}"
        for bidang, nama, *_ in _bidang_berisi(jejak)
        if nama in nilai
    )


def baris(jejak, rujukan):
    """One record as an export row (local time without zone, for spreadsheets), its values
    labelled as the audit page shows them."""
    return [
        timezone.localtime(jejak.waktu).replace(tzinfo=None, microsecond=0),
        jejak.nama_pengguna,
        jejak.get_tindakan_display(),
        jejak.objek,
        jejak.objek_id,
        jejak.uraian,
        _teks_nilai(jejak, "lama", rujukan),
        _teks_nilai(jejak, "baru", rujukan),
        jejak.alasan,
    ]


def _semua_baris(qs, ukuran=500):
    """Export rows of every record of `qs`, read and named a chunk at a time."""
    catatan = qs.iterator(chunk_size=ukuran)
    while potongan := list(islice(catatan, ukuran)):
        rujukan = nama_rujukan(potongan)
        for j in potongan:
            yield baris(j, rujukan)


def _sel(ws, nilai):
    # Users' text (a name, a reason) is written as text, never as a formula.
    return sel_xlsx(WriteOnlyCell(ws), nilai) if isinstance(nilai, str) and nilai else nilai


def ke_xlsx(qs):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Jejak audit")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["F"].width = 50
    judul = []
    for k in KOLOM:
        sel = WriteOnlyCell(ws, value=k)
        sel.font = Font(bold=True)
        judul.append(sel)
    ws.append(judul)
    for r in _semua_baris(qs):
        waktu = WriteOnlyCell(ws, value=r[0])
        waktu.number_format = "dd/mm/yyyy hh:mm:ss"
        ws.append([waktu] + [_sel(ws, v) for v in r[1:]])
    keluar = io.BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def ke_csv(qs):
    keluar = io.StringIO()
    tulis = csv.writer(keluar)
    tulis.writerow(KOLOM)
    for r in _semua_baris(qs):
        tulis.writerow([r[0].strftime("%d/%m/%Y %H:%M:%S")] + [sel_csv(v) for v in r[1:]])
    # A byte-order mark so that Excel opens the file as UTF-8.
    return ("\ufeff" + keluar.getvalue()).encode("utf-8")
