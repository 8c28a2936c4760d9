"""Writing imported rows with an audit trail: the stored rows are made equal to the file's,
and every record created, changed or deleted leaves one `Jejak` with its old and new
values (records deleted along with a parent, and references cleared by a deletion,
included; many-to-many links are recorded as a field of the record that holds them).

An import may write one record more than once (a period created, then linked to the
period it supplements). The trail is therefore collected per record while the import
runs and written at its end, one record each, with the values before the import and
after it; a record that ends as it began leaves none, so importing the same file twice
writes nothing the second time."""

from dataclasses import dataclass, field

from django.db import models, router
from django.db.models.deletion import Collector

from sakip.dasar.teks import terlalu_panjang
from sakip.instansi.models import OPD, Pemda
from sakip.jejak.catat import nama_objek, rekam, teks_nilai
from sakip.jejak.models import Jejak


class ImporError(ValueError):
    def __init__(self, kesalahan):
        self.kesalahan = list(kesalahan)
        super().__init__("\n".join(self.kesalahan))


@dataclass
class _Catatan:
    tindakan: str
    obj: models.Model
    objek_id: str
    uraian: str
    pemda: Pemda | None
    opd: OPD | None
    lama: dict = field(default_factory=dict)  # field -> value before the import
    baru: dict = field(default_factory=dict)  # field -> value after it


def _teks(nilai):
    """A value as the trail stores it: a referenced record by its name, a set of links as
    the sorted list of names, numbers and dates exactly (`catat.teks_nilai`)."""
    if isinstance(nilai, models.Model):
        return str(nilai)
    if isinstance(nilai, frozenset):
        return sorted(str(o) for o in nilai)
    return teks_nilai(nilai)


def _sama(obj, nama, nilai):
    """Whether field `nama` of `obj` already holds `nilai`; a reference is compared by its
    key, so an unchanged parent is not fetched once per row."""
    f = obj._meta.get_field(nama)
    if f.is_relation and f.many_to_one:
        return getattr(obj, f.attname) == (None if nilai is None else nilai.pk)
    return getattr(obj, nama) == nilai


def _bidang(obj):
    """The stored values of a record, for the trail of its deletion."""
    return {
        f.name: getattr(obj, f.name)
        for f in obj._meta.concrete_fields
        if not f.primary_key and not isinstance(f, models.FileField)
    }


def _uraian(obj, induk=(), kunci=()):
    """'<kind> <parents>, <key field> <value>, ...'; the Pemda and OPD are left out, the
    trail names them anyway."""
    bagian = [str(p) for p in induk] + [f"{k} {_teks(v)}" for k, v in kunci]
    return f"{nama_objek(obj).capitalize()} {', '.join(bagian) or obj}"


def _periksa_panjang(model, kunci, baris):
    """The text length rule (`teks.terlalu_panjang`) on every row, each named by its key."""
    salah = [
        f"{model._meta.verbose_name} {'/'.join(str(b[k]) for k in kunci)}: '{nama}' {pesan}"
        for b in baris
        for nama, pesan in terlalu_panjang(model, b)
    ]
    if salah:
        raise ImporError(salah)


class Penulis:
    """Writes one import. `pemda`/`opd` say whose data is being written (the trail's
    scope; set `opd` while writing an OPD's part); `alasan` is the trail's reason;
    `jejak=False` writes no trail (the demo data, loaded as a seed)."""

    def __init__(self, *, alasan, pemda=None, jejak=True):
        self.alasan = alasan
        self.pemda = pemda
        self.opd = None
        self.jejak = jejak
        self._catatan = {}

    def _catat(self, tindakan, obj, uraian, lama=None, baru=None):
        if not self.jejak:
            return
        kunci = (obj._meta.label, obj.pk)
        c = self._catatan.get(kunci)
        if c is None:
            # A Pemda's or an OPD's own record belongs to itself.
            pemda = obj if isinstance(obj, Pemda) else self.pemda
            opd = obj if isinstance(obj, OPD) else self.opd
            c = self._catatan[kunci] = _Catatan(tindakan, obj, str(obj.pk), uraian, pemda, opd)
        elif tindakan == Jejak.Tindakan.HAPUS:
            if c.tindakan == Jejak.Tindakan.BUAT:
                del self._catatan[kunci]  # created and deleted by the same import
                return
            c.tindakan, c.baru = tindakan, {}
        if c.tindakan != Jejak.Tindakan.BUAT:
            for b, v in (lama or {}).items():
                c.lama.setdefault(b, v)  # the first one is the value before the import
        if c.tindakan != Jejak.Tindakan.HAPUS:
            c.baru.update(baru or {})

    def sinkron(self, model, induk, kunci, baris):
        """Make the rows of `model` under `induk` (equality filters) equal to `baris`
        (dicts), matching on the `kunci` fields: update matches, create the missing,
        delete the rest. Returns the objects in the order of `baris`."""
        _periksa_panjang(model, kunci, baris)
        ada = {tuple(getattr(o, k) for k in kunci): o for o in model.objects.filter(**induk)}
        dibuat = {k: v for k, v in induk.items() if "__" not in k}
        pemilik = [
            v
            for v in induk.values()
            if isinstance(v, models.Model) and not isinstance(v, Pemda | OPD)
        ]
        hasil = []
        for b in baris:
            obj = ada.pop(tuple(b[k] for k in kunci), None)
            nama = [(k, b[k]) for k in kunci]
            if obj is None:
                obj = model.objects.create(**dibuat, **b)
                self._catat(Jejak.Tindakan.BUAT, obj, _uraian(obj, pemilik, nama), baru=b)
            else:
                self.ubah(obj, b, _uraian(obj, pemilik, nama))
            hasil.append(obj)
        self.hapus(list(ada.values()))
        return hasil

    def buat_atau_ubah(self, model, kunci, nilai):
        """The record matching `kunci` with `nilai` set, created when missing."""
        obj = model.objects.filter(**kunci).first()
        if obj is None:
            obj = model.objects.create(**kunci, **nilai)
            self._catat(Jejak.Tindakan.BUAT, obj, _uraian(obj), baru={**kunci, **nilai})
        else:
            self.ubah(obj, nilai)
        return obj

    def ubah(self, obj, nilai, uraian=None):
        """Set `nilai` (field -> value) on a stored record; saved only when it differs."""
        lama = {b: getattr(obj, b) for b, v in nilai.items() if not _sama(obj, b, v)}
        if not lama:
            return
        for b in lama:
            setattr(obj, b, nilai[b])
        obj.save(update_fields=list(lama))
        baru = {b: nilai[b] for b in lama}
        self._catat(Jejak.Tindakan.UBAH, obj, uraian or _uraian(obj), lama, baru)

    def setel(self, obj, nama, objek):
        """Set the many-to-many field `nama` of `obj` to `objek`."""
        lama, baru = frozenset(getattr(obj, nama).all()), frozenset(objek)
        if lama != baru:
            getattr(obj, nama).set(baru)
            self._catat(Jejak.Tindakan.UBAH, obj, _uraian(obj), {nama: lama}, {nama: baru})

    def hapus(self, objek):
        """Delete `objek` (of one model) and what is deleted with them, recording each."""
        if not objek:
            return
        pengumpul = Collector(using=router.db_for_write(type(objek[0])))
        pengumpul.collect(objek)
        if self.jejak:
            self._catat_hapus(objek, pengumpul)
        pengumpul.delete()

    def _catat_hapus(self, objek, pengumpul):
        asal = {(type(o), o.pk) for o in objek}
        dihapus = [o for qs in pengumpul.fast_deletes for o in qs]
        dihapus += [o for semua in pengumpul.data.values() for o in semua]
        for o in dihapus:
            if o._meta.auto_created:
                continue  # a many-to-many link row: the link goes with the record
            uraian = _uraian(o)
            if (type(o), o.pk) not in asal:
                uraian += " (terhapus bersama data induknya)"
            self._catat(Jejak.Tindakan.HAPUS, o, uraian, lama=_bidang(o))
        for (f, nilai), daftar in pengumpul.field_updates.items():
            for o in (o for semua in daftar for o in semua):
                lama = {f.name: getattr(o, f.name)}
                self._catat(Jejak.Tindakan.UBAH, o, _uraian(o), lama, {f.name: nilai})

    def selesai(self):
        """Write the trail: one record per record the import created, changed or deleted."""
        for c in self._catatan.values():
            lama, baru = c.lama, c.baru
            if c.tindakan == Jejak.Tindakan.UBAH:
                bidang = [b for b in baru if lama[b] != baru[b]]
                if not bidang:
                    continue  # changed and changed back
                lama, baru = {b: lama[b] for b in bidang}, {b: baru[b] for b in bidang}
            rekam(
                None,
                c.tindakan,
                nama_objek(c.obj),
                c.uraian,
                opd=c.opd,
                pemda=c.pemda or self.pemda,
                objek_id=c.objek_id,
                lama={b: _teks(v) for b, v in lama.items()} or None,
                baru={b: _teks(v) for b, v in baru.items()} or None,
                alasan=self.alasan,
            )
        self._catatan = {}
