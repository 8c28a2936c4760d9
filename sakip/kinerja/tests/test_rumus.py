import pickle
from decimal import Decimal, localcontext

import pytest

from sakip.kinerja.rumus import (
    MAX_DEPTH,
    MAX_LENGTH,
    MAX_NODES,
    Binary,
    Call,
    EvaluationError,
    Formula,
    FormulaError,
    MissingValue,
    Number,
    Unary,
    Variable,
    ZeroDivision,
    parse,
)

D = Decimal
GROWTH = "(ditempatkan[n] - ditempatkan[n-1]) / ditempatkan[n-1] * 100"


def value_of(source, **values):
    return parse(source).evaluate({name: D(v) for name, v in values.items()})


def error_for(source):
    with pytest.raises(FormulaError) as info:
        parse(source)
    return info.value


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.257", D(1257)),
        ("51,00", D("51.00")),
        ("1.234.567,89", D("1234567.89")),
        ("0,5", D("0.5")),
        ("100", D(100)),
        ("007", D(7)),
    ],
)
def test_it_parses_indonesian_numbers(text, expected):
    assert parse(text).root == Number(expected)


def test_it_keeps_numbers_exact():
    value = parse("0,1000000000000000000000000000000000000000000000000000001").root.value
    assert value == D("0.1000000000000000000000000000000000000000000000000000001")


@pytest.mark.parametrize(("text", "position"), [("1.5", 1), ("1.2345", 1), ("1.234.56", 5)])
def test_it_rejects_a_dot_used_as_decimal_separator(text, position):
    err = error_for(text)
    assert err.position == position
    assert "gunakan koma untuk desimal" in err.message


def test_it_rejects_a_leading_zero_before_a_thousands_dot():
    assert "gunakan koma untuk desimal" in error_for("0.123").message


def test_it_rejects_more_than_one_decimal_comma():
    assert error_for("1,2,3").position == 3


def test_it_rejects_a_dot_after_the_decimal_comma():
    assert error_for("1,5.3").position == 3


# --- seed formulas ------------------------------------------------------------------------


def test_it_computes_the_placement_rate_exactly():
    result = value_of("ditempatkan / terdaftar * 100", ditempatkan=639, terdaftar="1257")
    with localcontext() as ctx:
        ctx.prec = 50
        expected = D(639) * 100 / D(1257)
    assert result == expected
    assert str(result).startswith("50.835322195704057279236276849642004773269689737")


def test_it_computes_growth_between_periods():
    values = {0: D(141), 1: D(105)}
    result = parse(GROWTH).evaluate(lambda name, lag: values[lag])
    assert str(result).startswith("34.2857142857142857")


def test_it_computes_a_percentage_of_target():
    assert str(value_of("a / b * 100", a=4667, b=6744)).startswith("69.2022")


def test_it_uses_the_fallback_of_bagi_when_the_denominator_is_zero():
    assert value_of("bagi(a; 0; 0)", a=5) == 0


def test_it_divides_with_bagi_when_the_denominator_is_not_zero():
    assert value_of("bagi(a; b; 0)", a=3, b=4) == D("0.75")


def test_it_raises_zero_division_naming_the_divisor():
    with pytest.raises(ZeroDivision) as info:
        value_of("a / (b - c)", a=1, b=2, c=2)
    assert info.value.expression == "b − c"
    assert "pembagian dengan nol" in str(info.value)


def test_it_raises_missing_value_with_name_and_lag():
    with pytest.raises(MissingValue) as info:
        parse(GROWTH).evaluate(lambda name, lag: D(141) if lag == 0 else None)
    assert (info.value.name, info.value.lag) == ("ditempatkan", 1)
    assert "n-1" in str(info.value)


def test_it_treats_a_lag_with_a_mapping_as_missing():
    with pytest.raises(MissingValue) as info:
        parse("x[n-2]").evaluate({"x": D(1)})
    assert info.value.lag == 2


def test_it_treats_an_absent_mapping_key_as_missing():
    with pytest.raises(MissingValue) as info:
        value_of("a + b", a=1)
    assert (info.value.name, info.value.lag) == ("b", 0)


def test_it_rejects_non_finite_data():
    with pytest.raises(EvaluationError):
        parse("a * 2").evaluate({"a": D("NaN")})


def test_it_reports_overflow_as_an_evaluation_error():
    with pytest.raises(EvaluationError):
        value_of("a * a", a="9E+999999")


def test_it_ignores_the_callers_decimal_context():
    with localcontext() as ctx:
        ctx.prec = 3
        result = value_of("1 / 3")
    assert str(result) == "0." + "3" * 50


# --- language -----------------------------------------------------------------------------


def test_it_follows_precedence_and_left_associativity():
    assert value_of("2 + 3 * 4") == 14
    assert value_of("10 - 4 - 3") == 3
    assert value_of("8 / 4 / 2") == 1
    assert value_of("-2 * 3 + +1") == -5


def test_it_accepts_unicode_operators():
    assert parse("a − b × c ÷ d").root == parse("a - b * c / d").root


def test_it_treats_n_as_the_current_period():
    assert parse("x[n]").root == parse("x").root == Variable("x", 0)
    assert parse("x[ n - 0 ]").root == Variable("x", 0)


def test_it_evaluates_the_functions():
    assert value_of("min(3; 1; 2)") == 1
    assert value_of("max(3; 1; 2)") == 3
    assert value_of("max(7)") == 7
    assert value_of("abs(0 - 2,5)") == D("2.5")


def test_it_builds_a_tree_of_plain_nodes():
    assert parse("-a * min(1; x[n-1])").root == Binary(
        "*", Unary("-", Variable("a")), Call("min", (Number(D(1)), Variable("x", 1)))
    )


def test_it_lists_variables_and_names():
    formula = parse(GROWTH + " + y")
    assert formula.variables == {("ditempatkan", 0), ("ditempatkan", 1), ("y", 0)}
    assert formula.names == {"ditempatkan", "y"}


def test_it_describes_the_formula_canonically():
    assert parse(GROWTH).describe() == (
        "(ditempatkan[n] − ditempatkan[n−1]) ÷ ditempatkan[n−1] × 100"
    )
    assert parse("a/b*1234567,5").describe() == "a ÷ b × 1.234.567,5"


def test_it_keeps_needed_parentheses_when_describing():
    for source in ("a - (b - c)", "a / (b * c)", "-(a + b)", "(a + b) * -c"):
        formula = parse(source)
        assert parse(formula.describe()).root == formula.root


def test_formula_is_immutable_and_comparable():
    formula = parse("a + 1")
    assert formula == Formula("a + 1", parse("a+1").root)
    with pytest.raises(AttributeError):
        formula.source = "b"


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "position", "words"),
    [
        ("(a + b", 6, "tanda kurung tutup ')' tidak ditemukan"),
        ("a + b)", 5, "tidak memiliki pasangan"),
        ("min(a; (b)", 10, "tidak ditemukan"),
        ("eval(x)", 0, "fungsi 'eval' tidak dikenal"),
        ("1 + __import__('os')", 4, "fungsi '__import__' tidak dikenal"),
        ("a $ b", 2, "karakter '$' tidak dikenal"),
        ("", 0, "rumus kosong"),
        ("   ", 0, "rumus kosong"),
        ("a / b *", 6, "rumus tidak lengkap"),
        ("min(a, b)", 5, "titik koma ';'"),
        ("a / b %", 6, "kalikan dengan 100"),
        ("x[n+1]", 3, "periode mendatang"),
        ("x[m-1]", 2, "n atau n-k"),
        ("x[n-11]", 4, "0 sampai 10"),
        ("x[n-1,5]", 4, "bilangan bulat"),
        ("x[n-1", 5, "']'"),
        ("a b", 2, "diharapkan operator"),
        ("a + * b", 4, "diharapkan angka"),
        ("a; b", 1, "argumen fungsi"),
        ("abs(a; b)", 0, "abs membutuhkan 1 argumen"),
        ("bagi(a; b)", 0, "bagi membutuhkan 3 argumen"),
        ("max + 1", 0, "harus diikuti tanda kurung"),
    ],
)
def test_it_reports_position(source, position, words):
    err = error_for(source)
    assert err.position == position
    assert words in err.message
    assert err.source == source


def test_it_formats_the_message_with_a_column():
    assert str(error_for("(a + b")).startswith(
        "Rumus tidak valid di kolom 7: tanda kurung tutup ')' tidak ditemukan"
    )


def test_it_reports_the_leftmost_error():
    assert error_for("a b $").position == 2


def test_it_rejects_too_deep_nesting():
    parse("(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH)
    err = error_for("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1))
    assert err.position == MAX_DEPTH
    assert "terlalu dalam" in err.message


def test_it_rejects_too_long_formulas():
    parse("a" * MAX_LENGTH)
    err = error_for("a" * (MAX_LENGTH + 1))
    assert err.position == MAX_LENGTH
    assert "terlalu panjang" in err.message


def test_it_rejects_too_many_nodes():
    count = (MAX_NODES + 1) // 2  # n terms joined by n-1 operators
    parse("+".join(["1"] * count))
    assert "terlalu besar" in error_for("+".join(["1"] * (count + 1))).message


def test_errors_survive_pickling():
    err = pickle.loads(pickle.dumps(error_for("a +")))
    assert (err.position, err.source) == (2, "a +")
    assert str(err) == str(error_for("a +"))
    missing = pickle.loads(pickle.dumps(MissingValue("x", 1)))
    assert (missing.name, missing.lag) == ("x", 1)
