"""Formula language ("rumus") for computing an indicator's realisation from data variables.

Example: ``ditempatkan / terdaftar * 100`` or, with period references,
``(ditempatkan[n] - ditempatkan[n-1]) / ditempatkan[n-1] * 100``.

A hand-written tokenizer and recursive-descent parser build a small immutable tree; nothing
is ever handed to Python's own evaluator. Numbers are written the Indonesian way (``1.257``
is 1257, ``51,00`` is 51.00), so function arguments are separated by ``;`` as in
Indonesian-locale spreadsheets. Arithmetic is exact Decimal at 50 significant digits.

Grammar (whitespace is ignored)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := ("+" | "-") unary | primary
    primary := NUMBER | NAME period? | FUNCTION "(" expr (";" expr)* ")" | "(" expr ")"
    period  := "[" "n" ("-" DIGITS)? "]"
"""

from __future__ import annotations

import decimal
import operator
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, DecimalException, localcontext
from typing import NamedTuple, NoReturn

MAX_LENGTH = 2000
MAX_DEPTH = 50
MAX_NODES = 500
MAX_LAG = 10
#: The allow-list of functions, with a usage example for messages and help texts.
FUNCTIONS = {
    "abs": "abs(x)",
    "bagi": "bagi(pembilang; penyebut; nilai_jika_penyebut_nol)",
    "max": "max(a; b; ...)",
    "min": "min(a; b; ...)",
}
_EXACT_ARITY = {"abs": 1, "bagi": 3}  # min and max take one or more


class FormulaError(ValueError):
    """The formula text is invalid. ``position`` is a 0-based offset into ``source``."""

    def __init__(self, message: str, position: int | None = None, source: str = ""):
        super().__init__(message, position, source)
        self.message, self.position, self.source = message, position, source

    def __str__(self) -> str:
        where = "" if self.position is None else f" di kolom {self.position + 1}"
        return f"Rumus tidak valid{where}: {self.message}"


class EvaluationError(ArithmeticError):
    """A valid formula cannot be evaluated with the data at hand."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class MissingValue(EvaluationError):
    def __init__(self, name: str, lag: int = 0):
        period = f" untuk periode n-{lag}" if lag else ""
        super().__init__(f"nilai '{name}'{period} tidak tersedia")
        self.args = (name, lag)  # keeps the exception picklable
        self.name, self.lag = name, lag


class ZeroDivision(EvaluationError):
    def __init__(self, expression: str):
        super().__init__(
            f"pembagian dengan nol: {expression} bernilai 0; "
            "gunakan bagi(a; b; nilai_jika_nol) bila penyebut bisa bernilai nol"
        )
        self.args = (expression,)
        self.expression = expression


# --- Tree --------------------------------------------------------------------------------
# Plain frozen dataclasses so that other evaluators (e.g. over numpy columns) can walk them.


@dataclass(frozen=True, slots=True)
class Number:
    """A literal. ``value`` is finite and non-negative: a minus sign is a ``Unary``."""

    value: Decimal


@dataclass(frozen=True, slots=True)
class Variable:
    """A data variable; ``lag`` k (0..MAX_LAG) refers to period n-k, 0 being the current one."""

    name: str
    lag: int = 0


@dataclass(frozen=True, slots=True)
class Unary:
    """``op`` is "+" (identity) or "-" (negation)."""

    op: str
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    """``op`` is "+", "-", "*" or "/"; "/" by zero raises ``ZeroDivision``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    """``name`` is a key of ``FUNCTIONS`` (arity checked by the parser).

    ``abs(x)``; ``min``/``max`` of one or more values; ``bagi(a; b; c)`` is ``c`` when ``b``
    is zero, else ``a / b`` (only the chosen branch is evaluated).
    """

    name: str
    args: tuple[Node, ...]


Node = Number | Variable | Unary | Binary | Call


def walk(node: Node) -> Iterator[Node]:
    """Yield every node of the tree, parents before children."""
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        match node:
            case Unary(_, operand):
                stack.append(operand)
            case Binary(_, left, right):
                stack += (right, left)
            case Call(_, args):
                stack += reversed(args)


# --- Tokenizer ---------------------------------------------------------------------------


class _Token(NamedTuple):
    kind: str  # "num", "name", "op" or "end"
    text: str  # as written, for messages
    pos: int
    value: object = None  # Decimal for "num", the ASCII operator for "op"


_OPS = dict(zip("+-−*×/÷()[];", "+--**//()[];", strict=True))
_DIGITS = frozenset(string.digits)
_NAME_START = frozenset(string.ascii_letters + "_")
_NAME_CHARS = _NAME_START | _DIGITS
_CHAR_HINTS = {
    ",": "koma hanya untuk desimal (mis. 0,5); pemisah argumen fungsi adalah titik koma ';', "
    "mis. min(a; b)",
    ".": "titik hanya boleh sebagai pemisah ribuan di dalam angka (mis. 1.257); "
    "gunakan koma untuk desimal",
    "%": "tanda persen '%' tidak didukung; kalikan dengan 100 secara eksplisit, mis. a / b * 100",
    "=": "tanda '=' tidak dipakai; tulis rumusnya saja, mis. a / b * 100",
    "^": "pangkat '^' tidak didukung",
}


def _tokens(src: str) -> Iterator[_Token]:
    # Lazy, so that the left-most error is the one reported.
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch in _DIGITS:
            tok = _number(src, i)
        elif ch in _NAME_START:
            j = i + 1
            while j < n and src[j] in _NAME_CHARS:
                j += 1
            tok = _Token("name", src[i:j], i)
        elif ch in _OPS:
            tok = _Token("op", ch, i, _OPS[ch])
        else:
            shown = f"'{ch}'" if ch.isprintable() else f"U+{ord(ch):04X}"
            raise FormulaError(_CHAR_HINTS.get(ch, f"karakter {shown} tidak dikenal"), i, src)
        yield tok
        i += len(tok.text)
    yield _Token("end", "", n)


def _number(src: str, start: int) -> _Token:
    n, i = len(src), start
    while i < n and (src[i] in _DIGITS or src[i] == "."):
        i += 1
    whole = src[start:i]
    groups = whole.split(".")
    # A leading 0 before a dot ("0.123") is surely meant as a decimal, so it is rejected too.
    dot = start + len(groups[0])
    lead_ok = len(groups[0]) <= 3 and not groups[0].startswith("0")
    for group in groups[1:]:
        if not lead_ok or len(group) != 3:
            hint = f", mis. {whole.replace('.', ',')}" if whole.count(".") == 1 else ""
            raise FormulaError(
                f"angka '{whole}' tidak valid: titik hanya untuk pemisah ribuan (kelompok 3 "
                f"angka); gunakan koma untuk desimal{hint}",
                dot,
                src,
            )
        dot += 1 + len(group)
    if i + 1 < n and src[i] == "," and src[i + 1] in _DIGITS:
        i += 1
        while i < n and src[i] in _DIGITS:
            i += 1
        if i < n and (src[i] == "." or (src[i] == "," and src[i + 1 : i + 2] in _DIGITS)):
            raise FormulaError(
                "angka hanya boleh memiliki satu koma desimal di bagian akhir, mis. 1.234,5",
                i,
                src,
            )
    text = src[start:i]
    return _Token("num", text, start, Decimal(text.replace(".", "").replace(",", ".")))


# --- Parser ------------------------------------------------------------------------------


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = _tokens(source)
        self.prev: _Token | None = None
        self.tok = next(self.tokens)
        self.depth = self.nodes = 0

    def fail(self, message: str, pos: int) -> NoReturn:
        raise FormulaError(message, pos, self.source)

    def advance(self) -> _Token:
        self.prev, self.tok = self.tok, next(self.tokens)
        return self.prev

    def at(self, *ops: str) -> bool:
        return self.tok.kind == "op" and self.tok.value in ops

    def make(self, cls, *fields) -> Node:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            tanda = self.prev or self.tok
            self.fail(f"rumus terlalu besar (maksimal {MAX_NODES} unsur)", tanda.pos)
        return cls(*fields)

    def nest(self, tok: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.fail(f"rumus terlalu dalam bersarang (maksimal {MAX_DEPTH} tingkat)", tok.pos)

    def formula(self) -> Node:
        node = self.expr()
        if self.tok.kind != "end":
            self.unexpected()
        return node

    def expr(self) -> Node:
        node = self.term()
        while self.at("+", "-"):
            op = self.advance().value
            node = self.make(Binary, op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.at("*", "/"):
            op = self.advance().value
            node = self.make(Binary, op, node, self.unary())
        return node

    def unary(self) -> Node:
        if not self.at("+", "-"):
            return self.primary()
        tok = self.advance()
        self.nest(tok)
        node = self.make(Unary, tok.value, self.unary())
        self.depth -= 1
        return node

    def primary(self) -> Node:
        tok = self.tok
        if tok.kind == "num":
            self.advance()
            return self.make(Number, tok.value)
        if tok.kind == "name":
            self.advance()
            if self.at("("):
                return self.call(tok)
            if tok.text in FUNCTIONS:
                self.fail(
                    f"fungsi {tok.text} harus diikuti tanda kurung: {FUNCTIONS[tok.text]}", tok.pos
                )
            return self.make(Variable, tok.text, self.period() if self.at("[") else 0)
        if self.at("("):
            self.nest(self.advance())
            node = self.expr()
            self.close(tok)
            return node
        if tok.kind == "end":
            if self.prev is None:
                self.fail("rumus kosong", 0)
            self.fail(
                f"rumus tidak lengkap: setelah '{self.prev.text}' harus ada angka, variabel "
                "atau '('",
                self.prev.pos,
            )
        self.fail(f"diharapkan angka, variabel atau '(' tetapi ditemukan '{tok.text}'", tok.pos)

    def close(self, opener: _Token) -> None:
        if not self.at(")"):
            self.unexpected(opener)
        self.advance()
        self.depth -= 1

    def unexpected(self, opener: _Token | None = None) -> NoReturn:
        tok = self.tok
        if tok.kind == "end":  # only reachable inside parentheses
            self.fail(
                f"tanda kurung tutup ')' tidak ditemukan (pasangan '(' di kolom "
                f"{(opener or tok).pos + 1})",
                tok.pos,
            )
        if self.at(")"):
            self.fail("tanda kurung tutup ')' tidak memiliki pasangan '('", tok.pos)
        if self.at(";"):
            self.fail(
                "titik koma ';' hanya untuk memisahkan argumen fungsi, mis. min(a; b)", tok.pos
            )
        if self.at("[", "]"):
            self.fail("kurung siku hanya untuk periode setelah nama variabel, mis. x[n-1]", tok.pos)
        expected = "operator (+, -, *, /)" + (" atau ')'" if opener else "")
        self.fail(f"diharapkan {expected} sebelum '{tok.text}'", tok.pos)

    def period(self) -> int:
        self.advance()  # "["
        if self.tok.kind != "name" or self.tok.text != "n":
            self.fail("periode ditulis n atau n-k, mis. x[n] atau x[n-1]", self.tok.pos)
        self.advance()
        lag = 0
        if self.at("+"):
            self.fail(
                "periode mendatang (n+k) tidak bisa dipakai; gunakan n atau n-k", self.tok.pos
            )
        if self.at("-"):
            self.advance()
            tok = self.tok
            if tok.kind != "num" or not tok.text.isdigit() or int(tok.text) > MAX_LAG:
                self.fail(
                    f"selisih periode harus bilangan bulat 0 sampai {MAX_LAG}, mis. x[n-1]", tok.pos
                )
            lag = int(self.advance().text)
        if not self.at("]"):
            self.fail(
                "kurung siku tutup ']' tidak ditemukan; periode ditulis n atau n-k", self.tok.pos
            )
        self.advance()
        return lag

    def call(self, name: _Token) -> Node:
        if name.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            self.fail(
                f"fungsi '{name.text}' tidak dikenal; fungsi yang tersedia: {known}", name.pos
            )
        opener = self.advance()
        self.nest(opener)
        args = [self.expr()]
        while self.at(";"):
            self.advance()
            args.append(self.expr())
        self.close(opener)
        arity = _EXACT_ARITY.get(name.text, len(args))
        if len(args) != arity:
            self.fail(
                f"fungsi {name.text} membutuhkan {arity} argumen, ditemukan {len(args)}: "
                f"{FUNCTIONS[name.text]}",
                name.pos,
            )
        return self.make(Call, name.text, tuple(args))


# --- Evaluation and rendering ------------------------------------------------------------

Lookup = Callable[[str, int], Decimal | None] | Mapping[str, Decimal]
# A fresh context rather than the caller's, so results never depend on global state.
_CONTEXT = Context(
    prec=50,
    rounding=ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def _current_period_only(mapping: Mapping[str, Decimal]) -> Callable[[str, int], Decimal | None]:
    return lambda name, lag: mapping.get(name) if lag == 0 else None


def evaluate(node: Node, lookup: Lookup) -> Decimal:
    """Evaluate a tree; ``lookup`` is as for Formula.evaluate (ints are accepted too).

    Semantics that any other evaluator must share: "/" by zero raises ZeroDivision, while
    ``bagi(a; b; c)`` evaluates only ``c`` when ``b`` is zero and only ``a / b`` otherwise.
    """
    if isinstance(lookup, Mapping):
        fetch = _current_period_only(lookup)
    elif callable(lookup):
        fetch = lookup
    else:
        raise TypeError(f"lookup must be a mapping or a callable, not {type(lookup).__name__}")

    def get(name: str, lag: int) -> Decimal:
        value = fetch(name, lag)
        if value is None:
            raise MissingValue(name, lag)
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal):  # floats would silently lose exactness
            raise TypeError(f"lookup returned {type(value).__name__} for {name!r}, not Decimal")
        if not value.is_finite():
            raise EvaluationError(f"nilai '{name}' bukan angka yang valid: {value}")
        return value

    try:
        with localcontext(_CONTEXT):
            return _eval(node, get)
    except DecimalException as exc:
        raise EvaluationError("hasil perhitungan di luar jangkauan angka yang didukung") from exc


def _eval(node: Node, get: Callable[[str, int], Decimal]) -> Decimal:
    match node:
        case Number(value):
            return value
        case Variable(name, lag):
            return get(name, lag)
        case Unary(op, operand):
            value = _eval(operand, get)
            return -value if op == "-" else value
        case Binary(op, left, right):
            a, b = _eval(left, get), _eval(right, get)
            if op == "/" and b == 0:
                raise ZeroDivision(describe(right))
            return OPERATIONS[op](a, b)
        case Call("bagi", (numerator, denominator, fallback)):
            b = _eval(denominator, get)
            return _eval(fallback, get) if b == 0 else _eval(numerator, get) / b
        case Call("abs", (arg,)):
            return abs(_eval(arg, get))
        case Call("min" | "max" as name, args) if args:
            values = [_eval(arg, get) for arg in args]
            return min(values) if name == "min" else max(values)
    raise TypeError(f"not a valid formula node: {node!r}")


# What a `Binary` node computes, for every evaluator (the scalar one here, the vectorised one
# in `kolom`); "/" by zero is each evaluator's to refuse first.
OPERATIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
_SYMBOLS = {"+": "+", "-": "−", "*": "×", "/": "÷"}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def describe(node: Node) -> str:
    """Render a tree canonically: Unicode operators, Indonesian numbers, minimal parentheses.

    ``parse(describe(node)).root == node`` for any tree the parser can produce, provided the
    rendering (which adds spaces around operators) still fits in MAX_LENGTH.
    """
    # Once any lag appears, "[n]" on the others makes the periods easier to compare.
    periods = any(isinstance(n, Variable) and n.lag for n in walk(node))
    return _render(node, periods)


def _binding(node: Node) -> int:
    return _PRECEDENCE[node.op] if isinstance(node, Binary) else 3


def _render(node: Node, periods: bool) -> str:
    match node:
        case Number(value):
            return format(value, ",f").translate(_SWAP_SEPARATORS)
        case Variable(name, lag):
            return name + (f"[n−{lag}]" if lag else "[n]" if periods else "")
        case Unary(op, operand):
            inner = _render(operand, periods)
            return _SYMBOLS[op] + (f"({inner})" if isinstance(operand, Binary) else inner)
        case Binary(op, left, right):
            lhs, rhs = _render(left, periods), _render(right, periods)
            if _binding(left) < _PRECEDENCE[op]:
                lhs = f"({lhs})"
            if _binding(right) <= _PRECEDENCE[op]:  # the language is left-associative
                rhs = f"({rhs})"
            return f"{lhs} {_SYMBOLS[op]} {rhs}"
        case Call(name, args):
            return f"{name}({'; '.join(_render(arg, periods) for arg in args)})"
    raise TypeError(f"not a valid formula node: {node!r}")


@dataclass(frozen=True)
class Formula:
    """A parsed formula: the source as typed and its tree."""

    source: str
    root: Node

    @property
    def variables(self) -> frozenset[tuple[str, int]]:
        """The (name, lag) pairs the formula reads."""
        return frozenset((n.name, n.lag) for n in walk(self.root) if isinstance(n, Variable))

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.variables)

    def evaluate(self, lookup: Lookup) -> Decimal:
        """Compute the value; ``lookup`` is ``f(name, lag) -> Decimal | None`` or a mapping
        of current-period values (a lag with a mapping is a MissingValue)."""
        return evaluate(self.root, lookup)

    def describe(self) -> str:
        return describe(self.root)


def parse(source: str) -> Formula:
    """Parse formula text; raises FormulaError saying what is wrong and where."""
    if not isinstance(source, str):
        raise TypeError(f"formula source must be str, not {type(source).__name__}")
    if len(source) > MAX_LENGTH:
        message = f"rumus terlalu panjang ({len(source)} karakter, maksimal {MAX_LENGTH})"
        raise FormulaError(message, MAX_LENGTH, source)
    return Formula(source, _Parser(source).formula())
