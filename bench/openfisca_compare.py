#!/usr/bin/env python3
"""Per-household cost of OpenFisca (country-template) on a household comparable to the native
benchmark's 3-member one: two adults with monthly salaries and one child, for the month 2025-07.

Two ways, each timed over a count chosen (by doubling) so that one run takes 2-5 s:
  single: one household per simulation: SimulationBuilder.build_from_entities + calculate of
          every output variable, repeated N times (what a calculator answering one family does);
  vector: one simulation holding N identical households, built from arrays the way OpenFisca
          reads survey data (declare_person_entity / join_with_persons / set_input), then one
          calculate per output variable; total time / N. Also reported: calculate-only / N.

The last line is machine-readable:
  openfisca single_us=... vector_us=... vector_calc_us=... single_n=... vector_n=... version=... template=...
Run it with the venv made by scripts/bench-openfisca.sh. Single-threaded on purpose (the native
benchmark is): numexpr / BLAS thread counts are pinned to 1 unless already set.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import sys  # noqa: E402
import time  # noqa: E402
from importlib.metadata import version  # noqa: E402

import numpy  # noqa: E402
from openfisca_core.simulation_builder import SimulationBuilder  # noqa: E402
from openfisca_country_template import CountryTaxBenefitSystem  # noqa: E402

MONTH = "2025-07"
YEAR = "2025"
JANUARY = "2025-01"

# Every output the template defines for a household and its members (month, or year for
# housing_tax). disposable_income alone pulls in most of them; asking for each keeps the work
# explicit and matches "every program" on the native side.
PERSON_OUTPUTS = ["age", "basic_income", "pension", "income_tax", "social_security_contribution"]
HOUSEHOLD_OUTPUTS = [
    "household_income", "housing_allowance", "parenting_allowance", "meal_price",
    "swimming_pool_access", "total_benefits", "total_taxes", "disposable_income",
]
YEAR_OUTPUTS = ["housing_tax"]

# The native benchmark's 3-member household: wages 1500 and 900 a month, a child born 2015.
PERSONS = [
    ("a", "1985-06-01", 1500.0, "adult"),
    ("b", "1987-09-10", 900.0, "adult"),
    ("c", "2015-04-20", 0.0, "child"),
]
RENT = 600.0
ACCOMMODATION_SIZE = 60.0
OCCUPANCY = "tenant"


def situation():
    persons = {
        pid: {"birth": {"ETERNITY": birth}, "salary": {MONTH: salary}, "capital_returns": {MONTH: 0.0}}
        for pid, birth, salary, _ in PERSONS
    }
    household = {
        "adults": [p for p, *_, role in PERSONS if role == "adult"],
        "children": [p for p, *_, role in PERSONS if role == "child"],
        "rent": {MONTH: RENT},
        "accommodation_size": {JANUARY: ACCOMMODATION_SIZE, MONTH: ACCOMMODATION_SIZE},
        "housing_occupancy_status": {JANUARY: OCCUPANCY, MONTH: OCCUPANCY},
    }
    return {"persons": persons, "households": {"h": household}}


def calculate_all(sim):
    out = [sim.calculate(v, MONTH) for v in PERSON_OUTPUTS + HOUSEHOLD_OUTPUTS]
    out += [sim.calculate(v, YEAR) for v in YEAR_OUTPUTS]
    return out


def run_single(tbs, n):
    start = time.perf_counter()
    for _ in range(n):
        calculate_all(SimulationBuilder().build_from_entities(tbs, situation()))
    return time.perf_counter() - start


def build_vector(tbs, n):
    size = len(PERSONS)
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    builder.declare_person_entity("person", numpy.arange(n * size))
    households = builder.declare_entity("household", numpy.arange(n))
    builder.join_with_persons(
        households, numpy.repeat(numpy.arange(n), size), numpy.tile([r for *_, r in PERSONS], n)
    )
    sim = builder.build(tbs)
    births = numpy.array([b for _, b, _, _ in PERSONS], dtype="datetime64[D]")
    sim.set_input("birth", "ETERNITY", numpy.tile(births, n))
    sim.set_input("salary", MONTH, numpy.tile([s for _, _, s, _ in PERSONS], n))
    sim.set_input("capital_returns", MONTH, numpy.zeros(n * size))
    sim.set_input("rent", MONTH, numpy.full(n, RENT))
    for period in (JANUARY, MONTH):
        sim.set_input("accommodation_size", period, numpy.full(n, ACCOMMODATION_SIZE))
        status = sim.tax_benefit_system.variables["housing_occupancy_status"].possible_values
        sim.set_input("housing_occupancy_status", period, numpy.full(n, status[OCCUPANCY].index, dtype=numpy.int16))
    return sim


def run_vector(tbs, n):
    start = time.perf_counter()
    sim = build_vector(tbs, n)
    built = time.perf_counter()
    calculate_all(sim)
    end = time.perf_counter()
    return end - start, end - built


def check(tbs):
    """The two ways give the same figures, and they are the template's (not all zeros)."""
    one = calculate_all(SimulationBuilder().build_from_entities(tbs, situation()))
    many = calculate_all(build_vector(tbs, 4))
    names = PERSON_OUTPUTS + HOUSEHOLD_OUTPUTS + YEAR_OUTPUTS
    for name, a, b in zip(names, one, many):
        b = b[: len(a)]
        if not numpy.array_equal(numpy.asarray(a), numpy.asarray(b)):
            sys.exit(f"openfisca: {name} differs between single ({a}) and vector ({b})")
    return dict(zip(names, (numpy.asarray(a).tolist() for a in one)))


def timed(run, n, lo):
    """Doubles n until one run takes at least lo seconds; returns (n, result of that run)."""
    while True:
        result = run(n)
        elapsed = result[0] if isinstance(result, tuple) else result
        if elapsed >= lo:
            return n, result
        n = max(n * 2, int(n * lo * 1.2 / max(elapsed, 1e-6)) if elapsed > 0.2 else n * 2)


def main():
    lo = float(os.environ.get("OPENFISCA_BENCH_MIN_SECONDS", "2"))
    tbs = CountryTaxBenefitSystem()
    figures = check(tbs)
    print("[openfisca] household (3 members, " + MONTH + "): "
          + ", ".join(f"{k}={v}" for k, v in figures.items()))
    run_single(tbs, 20)  # warm the parameter cache and imports
    single_n, single_s = timed(lambda n: run_single(tbs, n), 50, lo)
    vector_n, (vector_s, calc_s) = timed(lambda n: run_vector(tbs, n), 10_000, lo)
    single_us = single_s * 1e6 / single_n
    vector_us = vector_s * 1e6 / vector_n
    calc_us = calc_s * 1e6 / vector_n
    print(f"openfisca 3 members single: {single_us:.1f} µs/household ({single_n} simulations of 1 household, {single_s:.2f} s)")
    print(f"openfisca 3 members vector: {vector_us:.3f} µs/household (1 simulation of {vector_n} households, {vector_s:.2f} s; calculate only {calc_us:.3f} µs)")
    print(f"openfisca single_us={single_us:.3f} vector_us={vector_us:.4f} vector_calc_us={calc_us:.4f} "
          f"single_n={single_n} vector_n={vector_n} version={version('openfisca-core')} "
          f"template={version('openfisca-country-template')} numpy={numpy.__version__} python={sys.version.split()[0]}")


if __name__ == "__main__":
    main()
