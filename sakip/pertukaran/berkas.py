"""Reading and writing the canonical YAML data format (docs/format-data.md).

Numbers are read exactly as typed: the YAML float type is switched off so `42.85`
reaches us as text and becomes Decimal("42.85"), never a binary float.
"""

import datetime
from decimal import Decimal

import yaml

from sakip.kinerja.angka import konteks


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:float"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Dumper(yaml.SafeDumper):
    pass


def _tulis_decimal(dumper, nilai: Decimal):
    with konteks():  # normalize() rounds to the context's precision
        teks = format(nilai.normalize(), "f")
    tag = "tag:yaml.org,2002:float" if "." in teks else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, teks)


_Dumper.add_representer(Decimal, _tulis_decimal)
_Dumper.add_representer(datetime.date, yaml.SafeDumper.represent_date)


class BerkasError(ValueError):
    """The file is not valid YAML; the message says where."""


def muat(teks: str):
    try:
        return yaml.load(teks, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as e:
        tanda = e.problem_mark
        raise BerkasError(
            f"Berkas YAML tidak valid di baris {tanda.line + 1}, kolom {tanda.column + 1}: "
            f"{e.problem}"
        ) from e
    except yaml.YAMLError as e:
        raise BerkasError(f"Berkas YAML tidak valid: {e}") from e


def tulis(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120, indent=2)
