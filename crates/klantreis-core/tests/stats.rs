//! Every statistic of the patterns view against SciPy's numbers for the same data
//! (`tests/fixtures/stats.json`, written by `scripts/stats-fixtures.py`).

use klantreis_core::patterns::composition::{ZERO, ilr, permutation_test};
use klantreis_core::patterns::stats::{self, Method};
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/stats.json")).expect("valid fixture")
}

fn nums(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

/// Relative closeness, with an absolute floor for values near zero.
fn close(actual: f64, expected: f64, tol: f64, what: &str) {
    let scale = expected.abs().max(1e-300);
    assert!(
        (actual - expected).abs() <= tol * scale || (actual - expected).abs() < 1e-300,
        "{what}: {actual} but SciPy says {expected}"
    );
}

const EXACT: f64 = 1e-9;
const APPROX: f64 = 1e-6;

#[test]
fn descriptive_statistics() {
    for c in fixture()["describe"].as_array().unwrap() {
        let d = stats::describe(&nums(&c["x"])).unwrap();
        close(d.mean, num(&c["mean"]), EXACT, "mean");
        close(d.median, num(&c["median"]), EXACT, "median");
        close(d.sd, num(&c["sd"]), EXACT, "sd");
    }
}

#[test]
fn mann_whitney_u() {
    for c in fixture()["mann_whitney"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let m = stats::mann_whitney(&nums(&c["x"]), &nums(&c["y"])).unwrap();
        close(m.u, num(&c["u"]), EXACT, name);
        close(m.r, num(&c["r"]), EXACT, name);
        let tol = if m.method == Method::Exact {
            EXACT
        } else {
            APPROX
        };
        close(m.p, num(&c["p"]), tol, name);
        assert_eq!(
            name.starts_with("exact"),
            m.method == Method::Exact,
            "{name}"
        );
    }
}

#[test]
fn chi_square_and_fisher() {
    let f = fixture();
    for c in f["chi_square"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let table: Vec<Vec<u64>> = c["table"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_u64().unwrap())
                    .collect()
            })
            .collect();
        let x = stats::chi_square(&table).unwrap();
        close(x.statistic, num(&c["statistic"]), EXACT, name);
        close(x.p, num(&c["p"]), APPROX, name);
        close(x.cramers_v, num(&c["cramers_v"]), EXACT, name);
        assert_eq!(x.dof as u64, c["dof"].as_u64().unwrap(), "{name}");
        assert_eq!(
            x.small_expected,
            c["small_expected"].as_bool().unwrap(),
            "{name}"
        );
        match c.get("fisher_p") {
            Some(p) => close(x.fisher_p.unwrap(), num(p), EXACT, name),
            None => assert!(x.fisher_p.is_none(), "{name}"),
        }
    }
    for c in f["fisher"].as_array().unwrap() {
        let t: Vec<u64> = c["table"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r.as_array().unwrap().iter().map(|v| v.as_u64().unwrap()))
            .collect();
        let p = stats::fisher_exact([[t[0], t[1]], [t[2], t[3]]]);
        close(p, num(&c["p"]), EXACT, &format!("fisher {t:?}"));
    }
}

#[test]
fn spearman_rho() {
    for c in fixture()["spearman"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let s = stats::spearman(&nums(&c["x"]), &nums(&c["y"])).unwrap();
        close(s.rho, num(&c["rho"]), EXACT, name);
        close(s.p, num(&c["p"]), APPROX, name);
    }
}

#[test]
fn benjamini_hochberg() {
    let c = &fixture()["benjamini_hochberg"];
    let adjusted = stats::benjamini_hochberg(&nums(&c["p"]));
    let expected = nums(&c["adjusted"]);
    assert_eq!(adjusted.len(), expected.len());
    for (a, e) in adjusted.iter().zip(expected) {
        close(*a, e, EXACT, "adjusted p");
    }
}

#[test]
fn triad_compositions() {
    let f = fixture();
    assert_eq!(num(&f["ilr_zero"]), ZERO);
    let points = |v: &Value| -> Vec<[f64; 3]> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let p = nums(p);
                [p[0], p[1], p[2]]
            })
            .collect()
    };
    for c in f["triad"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let (a, b) = (points(&c["a"]), points(&c["b"]));
        let expected = c["ilr_a"].as_array().unwrap();
        assert_eq!(a.len(), expected.len(), "{name}");
        for (w, z) in a.iter().zip(expected) {
            let z = nums(z);
            let mine = ilr(*w);
            close(mine[0], z[0], EXACT, name);
            close(mine[1], z[1], EXACT, name);
        }
        let t = permutation_test(&a, &b, 9_999, 1).unwrap();
        assert!(t.exact, "{name}: few enough splits to count them all");
        close(t.statistic, num(&c["statistic"]), EXACT, name);
        close(t.p, num(&c["p"]), EXACT, name);
    }
}
