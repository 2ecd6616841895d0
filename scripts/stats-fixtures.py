#!/usr/bin/env python3
"""Reference values for the patterns statistics, computed with SciPy.

Writes crates/klantreis-core/tests/fixtures/stats.json: the data sets and what SciPy says about
them. The Rust host tests read that file; they never call Python. Run again (with scipy and
numpy from PyPI) only when a data set or a statistic is added:

    pip install scipy numpy && python3 scripts/stats-fixtures.py
"""
import json
import math
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

rng = np.random.RandomState(20261125)
OUT = Path(__file__).resolve().parent.parent / "crates/klantreis-core/tests/fixtures/stats.json"


def floats(a):
    return [float(v) for v in a]


def describe_case(name, x):
    x = np.asarray(x, dtype=float)
    return {"name": name, "x": floats(x), "mean": float(np.mean(x)),
            "median": float(np.median(x)), "sd": float(np.std(x, ddof=1))}


def mwu_case(name, x, y):
    res = stats.mannwhitneyu(x, y, alternative="two-sided")
    n1, n2 = len(x), len(y)
    return {"name": name, "x": floats(x), "y": floats(y), "u": float(res.statistic),
            "p": float(res.pvalue), "r": float(2 * res.statistic / (n1 * n2) - 1)}


def chi2_case(name, table):
    t = np.asarray(table)
    t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0]
    chi2, p, dof, expected = stats.chi2_contingency(t, correction=False)
    v = math.sqrt(chi2 / (t.sum() * (min(t.shape) - 1)))
    case = {"name": name, "table": [[int(c) for c in r] for r in table], "statistic": float(chi2),
            "p": float(p), "dof": int(dof), "cramers_v": v,
            "small_expected": bool((expected < 1).any() or (expected < 5).sum() * 5 > expected.size)}
    if t.shape == (2, 2):
        case["fisher_p"] = float(stats.fisher_exact(t).pvalue)
    return case


def spearman_case(name, x, y):
    res = stats.spearmanr(x, y)
    return {"name": name, "x": floats(x), "y": floats(y), "rho": float(res.statistic), "p": float(res.pvalue)}


DELTA = 1e-3


def ilr(points):
    out = []
    for p in points:
        p = np.asarray(p, dtype=float)
        zeros = (p == 0).sum()
        p = np.where(p == 0, DELTA, p * (1 - zeros * DELTA))
        out.append([math.sqrt(0.5) * math.log(p[0] / p[1]),
                    math.sqrt(2 / 3) * math.log(math.sqrt(p[0] * p[1]) / p[2])])
    return np.asarray(out)


def triad_case(name, a, b):
    za, zb = ilr(a), ilr(b)

    def statistic(x, y, axis=0):
        return np.linalg.norm(np.mean(x, axis=axis) - np.mean(y, axis=axis), axis=-1)

    res = stats.permutation_test((za, zb), statistic, permutation_type="independent",
                                 alternative="greater", n_resamples=np.inf, vectorized=True, axis=0)
    return {"name": name, "a": [floats(p) for p in a], "b": [floats(p) for p in b],
            "ilr_a": [floats(z) for z in za], "statistic": float(res.statistic), "p": float(res.pvalue)}


def simplex(n, centre):
    return [floats(v) for v in rng.dirichlet(centre, size=n)]


emotion_a = rng.randint(-2, 3, size=34)
emotion_b = rng.randint(-1, 3, size=29)
slider_a = rng.randint(0, 101, size=40)
slider_b = rng.randint(10, 101, size=45)

fixture = {
    "scipy": scipy.__version__,
    "ilr_zero": DELTA,
    "describe": [
        describe_case("odd", [3, 1, 4, 1, 5, 9, 2]),
        describe_case("even", [20, 35, 50, 50, 80, 10]),
        describe_case("slider", slider_a),
    ],
    "mann_whitney": [
        mwu_case("exact small", [1.1, 2.3, 3.5, 4.2, 8.0], [2.9, 5.1, 6.4, 7.7, 9.3, 10.2]),
        mwu_case("exact one apart", [1, 2, 3], [4, 5, 6, 7]),
        mwu_case("small with ties", [-1, 0, 0, 1, 2], [0, 1, 1, 2, 2, 2]),
        mwu_case("emotion periods", emotion_a, emotion_b),
        mwu_case("sliders", slider_a, slider_b),
        mwu_case("continuous", rng.normal(0, 1, 25), rng.normal(0.6, 1, 30)),
    ],
    "chi_square": [
        chi2_case("3x4", [[12, 5, 7, 9], [4, 14, 6, 3], [8, 6, 15, 10]]),
        chi2_case("2x2", [[15, 5], [7, 13]]),
        chi2_case("small expected", [[3, 1, 0], [1, 4, 2]]),
        chi2_case("empty column", [[10, 0, 6], [4, 0, 12]]),
    ],
    "fisher": [
        {"table": t, "p": float(stats.fisher_exact(t).pvalue)}
        for t in ([[8, 2], [1, 5]], [[3, 7], [9, 1]], [[0, 5], [5, 0]], [[10, 10], [10, 10]],
                  [[1, 20], [7, 14]])
    ],
    "spearman": [
        spearman_case("ties", [1, 2, 2, 3, 5, 5, 5, 8, 9, 10], [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]),
        spearman_case("sliders", slider_a[:40], rng.randint(0, 101, size=40)),
    ],
    "benjamini_hochberg": {
        "p": [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.04, 0.9],
        "adjusted": floats(stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.04, 0.9], method="bh")),
    },
    "triad": [
        triad_case("corners and middle",
                   [[1, 0, 0], [0.7, 0.2, 0.1], [0.6, 0.3, 0.1], [0.5, 0.25, 0.25], [0.8, 0.1, 0.1], [0.34, 0.33, 0.33]],
                   [[0, 0, 1], [0.1, 0.2, 0.7], [0.2, 0.2, 0.6], [0.3, 0.3, 0.4], [0.1, 0.6, 0.3]]),
        triad_case("dirichlet", simplex(7, [2, 2, 2]), simplex(6, [4, 2, 1])),
    ],
}

OUT.write_text(json.dumps(fixture, indent=1) + "\n")
print(f"wrote {OUT}")


# The end-to-end test's data set (written by `cargo run -p klantreis-core --example population
# -- 7 40 6 1`): touchpoint emotion in 2025 against 2026, as the patterns page compares them.
E2E = Path(__file__).resolve().parent.parent / "tests/e2e/fixtures"
library = json.loads((E2E / "patterns.klantreis.json").read_text())


def emotions(year):
    out = []
    for j in library["journeys"]:
        start = (j.get("period") or {}).get("start")
        for t in j.get("touchpoints", []):
            date = t.get("date") or start
            if date and date.startswith(str(year)) and t.get("emotion") is not None:
                out.append(t["emotion"])
    return out


a, b = emotions(2025), emotions(2026)
res = stats.mannwhitneyu(a, b, alternative="two-sided")
expected = {"subject": "emotion", "from_a": "2025-01-01", "to_a": "2025-12-31", "from_b": "2026-01-01",
            "to_b": "2026-12-31", "n_a": len(a), "n_b": len(b), "u": float(res.statistic), "p": float(res.pvalue)}
(E2E / "patterns-expected.json").write_text(json.dumps(expected, indent=1) + "\n")
print(f"wrote {E2E / 'patterns-expected.json'}: {expected}")
