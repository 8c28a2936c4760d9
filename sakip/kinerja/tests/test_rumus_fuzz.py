from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sakip.kinerja.rumus import (
    FUNCTIONS,
    MAX_DEPTH,
    MAX_LAG,
    MAX_NODES,
    Binary,
    Call,
    EvaluationError,
    Formula,
    FormulaError,
    Number,
    Unary,
    Variable,
    describe,
    evaluate,
    parse,
    walk,
)

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = [
    "a", "b", "x_1", "n", "x[n-1]", "y[n]", "[", "]", "n-1", "-", "−", "+", "*", "×", "/", "÷",
    "(", ")", ";", ",", ".", " ", "0", "1", "1.257", "51,00", "0,5", "1.5", "12", "10",
    "min(", "max(", "abs(", "bagi(", "eval(", "%", "=", "\t", "é", "__import__",
]  # fmt: skip
token_soup = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)

names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,6}", fullmatch=True).filter(
    lambda name: name not in FUNCTIONS
)
numbers = st.decimals(
    min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False, places=4
).filter(lambda d: not d.is_signed())


def _extend(children):
    def call(name, count):
        return st.lists(children, min_size=count, max_size=count).map(
            lambda args: Call(name, tuple(args))
        )

    return st.one_of(
        st.builds(Unary, st.sampled_from("+-"), children),
        st.builds(Binary, st.sampled_from("+-*/"), children, children),
        call("abs", 1),
        call("bagi", 3),
        st.builds(
            Call,
            st.sampled_from(["min", "max"]),
            st.lists(children, min_size=1, max_size=4).map(tuple),
        ),
    )


trees = st.recursive(
    st.one_of(st.builds(Number, numbers), st.builds(Variable, names, st.integers(0, MAX_LAG))),
    _extend,
    max_leaves=25,
)


def depth(node):
    match node:
        case Unary(_, operand):
            return 1 + depth(operand)
        case Binary(_, left, right):
            return 1 + max(depth(left), depth(right))
        case Call(_, args):
            return 1 + max(depth(arg) for arg in args)
    return 0


def within_limits(tree):
    # describe() never nests deeper than the tree itself
    return depth(tree) <= MAX_DEPTH and sum(1 for _ in walk(tree)) <= MAX_NODES


def _splice(text, start, length, token):
    start %= len(text) + 1
    return text[:start] + token + text[start + length :]


# Valid formulas with one token inserted, replaced or deleted: mostly near-misses.
mutated = st.builds(
    _splice,
    trees.map(describe),
    st.integers(0, 10**6),
    st.integers(0, 3),
    st.sampled_from(TOKENS + [""]),
)

data_values = st.one_of(
    st.none(),
    st.just(Decimal(0)),
    st.integers(-1000, 1000).map(Decimal),
    st.decimals(),  # includes NaN, infinities and extreme exponents
)


def _check(source):
    try:
        formula = parse(source)
    except FormulaError as err:
        assert err.position is None or 0 <= err.position <= len(source)
        assert err.source == source
        assert str(err).startswith("Rumus tidak valid")
        return
    assert isinstance(formula, Formula)
    assert parse(formula.describe()).root == formula.root


@FUZZ
@given(st.text(max_size=200))
def test_any_text_parses_or_raises_formula_error(source):
    _check(source)


@FUZZ
@given(st.one_of(token_soup, mutated))
def test_any_token_mix_parses_or_raises_formula_error(source):
    _check(source)


@FUZZ
@given(trees, st.data())
def test_evaluation_returns_a_decimal_or_raises_evaluation_error(tree, data):
    assume(within_limits(tree))
    values = {}

    def lookup(name, lag):
        if (name, lag) not in values:
            values[name, lag] = data.draw(data_values, label=f"{name}[n-{lag}]")
        return values[name, lag]

    try:
        result = evaluate(tree, lookup)
    except EvaluationError:
        return
    assert isinstance(result, Decimal)


@FUZZ
@given(trees)
def test_generated_trees_round_trip_through_describe(tree):
    assume(within_limits(tree))
    assert parse(describe(tree)).root == tree
