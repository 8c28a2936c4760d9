"""The number column every app's models use: exact decimals on both databases."""

import decimal
from decimal import Decimal

from django.db import NotSupportedError, migrations, models
from django.db.models import lookups

from sakip.kinerja.angka import tidak_muat


class KolomAngka(models.DecimalField):
    """numeric(30, 12) on PostgreSQL; exact decimal text on SQLite. A SQLite `decimal`
    column has NUMERIC affinity (a non-integer is stored as a double) and Django reads it
    through a float, so both keep only 15 significant digits, and an 18-digit integer
    cannot even be read back. As text the digits are kept and read back exactly.

    On SQLite such a column compares and sorts as text ("10" < "9"), so comparisons in
    SQL are refused there (below); compare, sort and add these numbers in Python, as
    `sakip.kinerja` does. Equality works: the text is canonical (`teks_kolom`)."""

    def get_internal_type(self):
        # Not "DecimalField": the SQLite backend would read the text through a float
        # and wrap expressions in CAST(... AS NUMERIC), a double again.
        return "KolomAngka"

    def db_type(self, connection):
        if connection.vendor == "sqlite":
            return "text"
        return connection.data_types["DecimalField"] % self.db_type_parameters(connection)

    def get_db_prep_save(self, value, connection):
        # Input is checked where it is typed; this keeps a program from storing what
        # PostgreSQL would round (or refuse) and SQLite would keep, on either back end.
        bukan_angka = value is None or hasattr(value, "as_sql")  # empty, or SQL
        if not bukan_angka and (pesan := tidak_muat(self.to_python(value))):
            raise ValueError(f"{self.model.__name__}.{self.name}: {pesan}")
        return super().get_db_prep_save(value, connection)

    def get_db_prep_value(self, value, connection, prepared=False):
        value = super().get_db_prep_value(value, connection, prepared)
        if connection.vendor == "sqlite" and isinstance(value, Decimal):
            return teks_kolom(value)
        return value

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, Decimal):
            return value
        # text from the column; an int or a float from SQL arithmetic on SQLite
        return Decimal(repr(value) if isinstance(value, float) else value)


class _TolakDiSQLite:
    def as_sqlite(self, compiler, connection):
        raise NotSupportedError(
            f"'{self.lookup_name}' on a number column compares text on SQLite; "
            "compare the Decimals in Python (see KolomAngka)"
        )


for _lookup in (
    lookups.GreaterThan,
    lookups.GreaterThanOrEqual,
    lookups.LessThan,
    lookups.LessThanOrEqual,
    lookups.Range,
):
    KolomAngka.register_lookup(type(_lookup.__name__, (_TolakDiSQLite, _lookup), {}))


def teks_kolom(nilai):
    """The canonical text a number is stored as on SQLite: "1.5", "100", "-0.000001"."""
    n = nilai.normalize(decimal.Context(prec=max(1, len(nilai.as_tuple().digits))))
    return "0" if n.is_zero() else format(n, "f")


def kanonikkan_angka(app_label):
    """A migration step: on SQLite, rewrite the number columns of `app_label`, just turned
    from `decimal` into text, as canonical text (what was an integer or a double there)."""

    def langkah(apps, schema_editor):
        koneksi = schema_editor.connection
        if koneksi.vendor != "sqlite":
            return
        q = koneksi.ops.quote_name
        with koneksi.cursor() as c:
            for model in apps.get_app_config(app_label).get_models():
                tabel, pk = q(model._meta.db_table), q(model._meta.pk.column)
                for f in model._meta.concrete_fields:
                    if not isinstance(f, KolomAngka):
                        continue
                    # Identifiers only come from the models, quoted; values are parameters.
                    kolom = q(f.column)
                    c.execute(f"SELECT {pk}, {kolom} FROM {tabel} WHERE {kolom} IS NOT NULL")  # noqa: S608
                    for kunci, nilai in c.fetchall():
                        teks = teks_kolom(f.from_db_value(nilai, None, koneksi))
                        if teks != nilai:
                            ubah = f"UPDATE {tabel} SET {kolom} = %s WHERE {pk} = %s"  # noqa: S608
                            c.execute(ubah, [teks, kunci])

    return migrations.RunPython(langkah, migrations.RunPython.noop, elidable=True)


def angka(**kwargs):
    """A measured or planned number: exact decimal, wide enough that nothing typed is rounded
    (18 digits before the comma, 12 after; `sakip.kinerja.angka.tidak_muat`)."""
    return KolomAngka(max_digits=30, decimal_places=12, **kwargs)
