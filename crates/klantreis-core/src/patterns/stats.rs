//! The statistics of the patterns view, each matching SciPy's definition (the host tests
//! compare against SciPy's numbers in `tests/fixtures/stats.json`).

use statrs::distribution::{ChiSquared, ContinuousCDF, Normal, StudentsT};
use statrs::function::factorial::ln_binomial;

/// Below this many answers per group a test is not run: counts only, with the reason.
pub const MIN_GROUP: usize = 20;

#[derive(Clone, Debug, PartialEq)]
pub struct Describe {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    /// Sample standard deviation (n − 1); `NaN` below two values.
    pub sd: f64,
}

pub fn describe(values: &[f64]) -> Option<Describe> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let mean = values.iter().sum::<f64>() / n as f64;
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    let sd = if n < 2 {
        f64::NAN
    } else {
        (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
    };
    Some(Describe {
        n,
        mean,
        median,
        sd,
    })
}

/// Ranks 1..=n, ties sharing their average rank, and the sizes of the tie groups.
pub fn ranks(values: &[f64]) -> (Vec<f64>, Vec<usize>) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut out = vec![0.0; values.len()];
    let mut ties = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            out[k] = rank;
        }
        ties.push(j - i + 1);
        i = j + 1;
    }
    (out, ties)
}

fn normal_sf(z: f64) -> f64 {
    // statrs' normal is exact to the last digits in both tails (it goes through erfc).
    Normal::standard().sf(z)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Exact,
    /// Normal approximation with continuity and tie correction.
    Asymptotic,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MannWhitney {
    /// U of the first group.
    pub u: f64,
    pub p: f64,
    pub method: Method,
    /// Rank-biserial correlation: +1 when every value of the first group is above the second.
    pub r: f64,
}

/// Mann-Whitney U, two-sided, as SciPy's `mannwhitneyu(x, y)` with its default method:
/// exact without ties when a group has at most 8 values, otherwise the normal approximation.
pub fn mann_whitney(x: &[f64], y: &[f64]) -> Option<MannWhitney> {
    let (n1, n2) = (x.len(), y.len());
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let all: Vec<f64> = x.iter().chain(y).copied().collect();
    let (r, ties) = ranks(&all);
    let r1: f64 = r[..n1].iter().sum();
    let u1 = r1 - (n1 * (n1 + 1)) as f64 / 2.0;
    let nm = (n1 * n2) as f64;
    let u2 = nm - u1;
    let big = u1.max(u2);
    let has_ties = ties.iter().any(|&t| t > 1);
    let (p, method) = if (n1 > 8 && n2 > 8) || has_ties {
        let n = (n1 + n2) as f64;
        let tie_term: f64 = ties.iter().map(|&t| (t * t * t - t) as f64).sum();
        let s = (nm / 12.0 * ((n + 1.0) - tie_term / (n * (n - 1.0)))).sqrt();
        let z = (big - nm / 2.0 - 0.5) / s;
        (2.0 * normal_sf(z), Method::Asymptotic)
    } else {
        (2.0 * u_sf(big as usize, n1, n2), Method::Exact)
    };
    Some(MannWhitney {
        u: u1,
        p: p.min(1.0),
        method,
        r: 2.0 * u1 / nm - 1.0,
    })
}

/// P(U ≥ u) under the null for groups of n1 and n2 without ties: the number of arrangements
/// giving each U, counted by the usual recursion over the largest value's group.
fn u_sf(u: usize, n1: usize, n2: usize) -> f64 {
    let max = n1 * n2;
    // counts[i][j] = frequencies of U for groups of i and j.
    let mut prev: Vec<Vec<f64>> = (0..=n2).map(|_| vec![1.0]).collect(); // i = 0
    for i in 1..=n1 {
        let mut cur: Vec<Vec<f64>> = vec![vec![1.0]]; // j = 0
        for j in 1..=n2 {
            // The largest value is in group 1 (adds j to U) or in group 2.
            let a = &prev[j];
            let b = &cur[j - 1];
            let len = i * j + 1;
            let mut f = vec![0.0; len];
            for (k, v) in a.iter().enumerate() {
                f[k + j] += v;
            }
            for (k, v) in b.iter().enumerate() {
                f[k] += v;
            }
            cur.push(f);
        }
        prev = cur;
    }
    let freq = &prev[n2];
    let total: f64 = freq.iter().sum();
    freq[u.min(max)..].iter().sum::<f64>() / total
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChiSquare {
    pub statistic: f64,
    pub dof: usize,
    pub p: f64,
    pub cramers_v: f64,
    /// Cochran's rule is broken (an expected count below 1, or more than a fifth below 5):
    /// the p-value is not to be trusted, and the view says so.
    pub small_expected: bool,
    /// For 2×2 tables: Fisher's exact two-sided p-value.
    pub fisher_p: Option<f64>,
}

/// Pearson's chi-square test of independence without continuity correction (SciPy's
/// `chi2_contingency(table, correction=False)`). Empty rows and columns are left out.
pub fn chi_square(table: &[Vec<u64>]) -> Option<ChiSquare> {
    let cols = table.first()?.len();
    let keep_cols: Vec<usize> = (0..cols)
        .filter(|&c| table.iter().any(|r| r.get(c).copied().unwrap_or(0) > 0))
        .collect();
    let t: Vec<Vec<f64>> = table
        .iter()
        .filter(|r| r.iter().any(|&v| v > 0))
        .map(|r| {
            keep_cols
                .iter()
                .map(|&c| r.get(c).copied().unwrap_or(0) as f64)
                .collect()
        })
        .collect();
    let (rows, cols) = (t.len(), keep_cols.len());
    if rows < 2 || cols < 2 {
        return None;
    }
    let row_sum: Vec<f64> = t.iter().map(|r| r.iter().sum()).collect();
    let col_sum: Vec<f64> = (0..cols).map(|c| t.iter().map(|r| r[c]).sum()).collect();
    let n: f64 = row_sum.iter().sum();
    let mut statistic = 0.0;
    let (mut below_five, mut below_one) = (0, false);
    for (i, r) in t.iter().enumerate() {
        for (j, &o) in r.iter().enumerate() {
            let e = row_sum[i] * col_sum[j] / n;
            statistic += (o - e).powi(2) / e;
            below_five += usize::from(e < 5.0);
            below_one |= e < 1.0;
        }
    }
    let dof = (rows - 1) * (cols - 1);
    let p = ChiSquared::new(dof as f64).map_or(f64::NAN, |d| d.sf(statistic));
    let fisher_p = (rows == 2 && cols == 2).then(|| {
        fisher_exact([
            [t[0][0] as u64, t[0][1] as u64],
            [t[1][0] as u64, t[1][1] as u64],
        ])
    });
    Some(ChiSquare {
        statistic,
        dof,
        p,
        cramers_v: (statistic / (n * (rows.min(cols) - 1) as f64)).sqrt(),
        small_expected: below_one || below_five * 5 > rows * cols,
        fisher_p,
    })
}

/// Fisher's exact test of a 2×2 table, two-sided as in SciPy: the probability of every table
/// with the same margins that is no more likely than the one observed.
pub fn fisher_exact(t: [[u64; 2]; 2]) -> f64 {
    let row1 = t[0][0] + t[0][1];
    let row2 = t[1][0] + t[1][1];
    let col1 = t[0][0] + t[1][0];
    let n = row1 + row2;
    let ln_p = |a: u64| ln_binomial(row1, a) + ln_binomial(row2, col1 - a) - ln_binomial(n, col1);
    let lo = col1.saturating_sub(row2);
    let hi = col1.min(row1);
    let observed = ln_p(t[0][0]);
    // SciPy's relative tolerance for "as likely as the observed table".
    let limit = observed + (1.0 + 1e-7f64).ln();
    let p: f64 = (lo..=hi)
        .map(ln_p)
        .filter(|&lp| lp <= limit)
        .map(f64::exp)
        .sum();
    p.min(1.0)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spearman {
    pub rho: f64,
    pub p: f64,
    pub n: usize,
}

/// Spearman's rank correlation with SciPy's two-sided p-value (Student's t, n − 2 degrees).
pub fn spearman(x: &[f64], y: &[f64]) -> Option<Spearman> {
    let n = x.len();
    if n != y.len() || n < 3 {
        return None;
    }
    let (rx, _) = ranks(x);
    let (ry, _) = ranks(y);
    let rho = pearson(&rx, &ry)?;
    let df = (n - 2) as f64;
    let p = if rho.abs() >= 1.0 {
        0.0
    } else {
        let t = rho * (df / ((1.0 - rho) * (1.0 + rho))).sqrt();
        StudentsT::new(0.0, 1.0, df).map_or(f64::NAN, |d| 2.0 * d.sf(t.abs()))
    };
    Some(Spearman { rho, p, n })
}

fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    let mx = x.iter().sum::<f64>() / n;
    let my = y.iter().sum::<f64>() / n;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    // A constant variable has no rank correlation.
    (sxx > 0.0 && syy > 0.0).then(|| (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
}

/// Benjamini-Hochberg adjusted p-values, in the order given (SciPy's
/// `false_discovery_control(p, method="bh")`).
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p[a].total_cmp(&p[b]));
    let mut out = vec![0.0; m];
    let mut running = 1.0f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        running = running.min(p[i] * m as f64 / (rank + 1) as f64);
        out[i] = running.min(1.0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_share_ties() {
        let (r, t) = ranks(&[3.0, 1.0, 3.0, 2.0]);
        assert_eq!(r, [3.5, 1.0, 3.5, 2.0]);
        assert_eq!(t, [1, 1, 2]);
    }

    #[test]
    fn exact_u_distribution_sums_to_one_and_is_symmetric() {
        assert!((u_sf(0, 4, 5) - 1.0).abs() < 1e-15);
        // P(U >= 20) for 4 and 5 is one arrangement in C(9,4) = 126.
        assert!((u_sf(20, 4, 5) - 1.0 / 126.0).abs() < 1e-15);
    }

    #[test]
    fn too_little_data_gives_no_test() {
        assert!(mann_whitney(&[], &[1.0]).is_none());
        assert!(spearman(&[1.0, 2.0], &[1.0, 2.0]).is_none());
        assert!(spearman(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0]).is_none());
        assert!(chi_square(&[vec![3, 0], vec![4, 0]]).is_none());
    }
}
