"""Reading the audit trail of an OPD: filtering, display of old/new values, export."""

import csv
import io
from datetime import date, datetime, time, timedelta
from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import DateField, DateTimeField
from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from sakip.dasar.teks import sel_csv, sel_xlsx

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


def _bidang(model, nama):
    """A stored field's label (its verbose name) and whether it holds a date, when the
    record's `objek` names a model that has the field; else the stored name."""
    try:
        f = model._meta.get_field(nama)
    except (AttributeError, FieldDoesNotExist):  # no such model or field
        return nama, False
    tanggal = isinstance(f, DateField) and not isinstance(f, DateTimeField)
    return str(getattr(f, "verbose_name", nama)), tanggal


def _tampil(nilai, tanggal):
    if tanggal and isinstance(nilai, str):
        try:
            return date_format(date.fromisoformat(nilai), "j F Y")  # 31 Maret 2026
        except ValueError:
            pass
    return tampil_nilai(nilai)


def _model(jejak):
    return _model_per_nama().get(jejak.objek.lower())


def perubahan(jejak):
    """[(field label, old, new)] of one record, values as a reader expects them (dates as
    "31 Maret 2026")."""
    lama = jejak.lama if isinstance(jejak.lama, dict) else {}
    baru = jejak.baru if isinstance(jejak.baru, dict) else {}
    model = _model(jejak)
    hasil = []
    # Sorted: PostgreSQL's jsonb does not keep the order the fields were written in.
    for bidang in sorted({*lama, *baru}):
        label, tanggal = _bidang(model, bidang)
        hasil.append(
            (
                label,
                _tampil(lama[bidang], tanggal) if bidang in lama else "–",
                _tampil(baru[bidang], tanggal) if bidang in baru else "–",
            )
        )
    return hasil


def _teks_nilai(jejak, sisi, model):
    """One side of a record as the audit page shows it: field labels, dates as
    "31 Maret 2026", in the page's order."""
    nilai = getattr(jejak, sisi)
    if nilai is None:
        return ""
    if not isinstance(nilai, dict):
        return tampil_nilai(nilai)
    teks = []
    for bidang, v in sorted(nilai.items()):
        label, tanggal = _bidang(model, bidang)
        teks.append(f"{label}: {_tampil(v, tanggal)}")
    return "; ".join(teks)


def baris(jejak):
    """One record as an export row (local time without zone, for spreadsheets), its values
    labelled as the audit page shows them."""
    model = _model(jejak)
    return [
        timezone.localtime(jejak.waktu).replace(tzinfo=None, microsecond=0),
        jejak.nama_pengguna,
        jejak.get_tindakan_display(),
        jejak.objek,
        jejak.objek_id,
        jejak.uraian,
        _teks_nilai(jejak, "lama", model),
        _teks_nilai(jejak, "baru", model),
        jejak.alasan,
    ]


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
    for j in qs.iterator(chunk_size=500):
        r = baris(j)
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
    for j in qs.iterator(chunk_size=500):
        r = baris(j)
        tulis.writerow([r[0].strftime("%d/%m/%Y %H:%M:%S")] + [sel_csv(v) for v in r[1:]])
    # A byte-order mark so that Excel opens the file as UTF-8.
    return ("\ufeff" + keluar.getvalue()).encode("utf-8")
