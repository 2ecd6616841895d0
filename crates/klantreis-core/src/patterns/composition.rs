//! Triad answers as compositions (three weights summing to one): the seven zones of the
//! triangle, the isometric log-ratio transform, and the permutation test that compares two
//! selections' whole compositions.

/// A zero weight (an answer in a corner or on an edge) becomes this before taking logs
/// (multiplicative replacement: the other weights shrink so the sum stays one).
pub const ZERO: f64 = 1e-3;

/// Where in the triangle an answer lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Zone {
    /// Near pole 0, 1 or 2: that weight is at least 0.6.
    Pole(u8),
    /// Between two poles, away from the third: the third weight is below 0.2.
    /// Holds the index of the pole it is away from.
    Between(u8),
    /// Everything else: all weights from 0.2 and below 0.6.
    Centre,
}

impl Zone {
    pub const ALL: [Zone; 7] = [
        Zone::Pole(0),
        Zone::Pole(1),
        Zone::Pole(2),
        Zone::Between(2),
        Zone::Between(0),
        Zone::Between(1),
        Zone::Centre,
    ];

    pub fn of(w: [f64; 3]) -> Zone {
        if let Some(i) = (0..3).find(|&i| w[i] >= 0.6) {
            return Zone::Pole(i as u8);
        }
        // With no weight at 0.6, at most one can be below 0.2 (the other two sum above 0.8).
        if let Some(i) = (0..3).find(|&i| w[i] < 0.2) {
            return Zone::Between(i as u8);
        }
        Zone::Centre
    }

    pub fn index(self) -> usize {
        Zone::ALL.iter().position(|z| *z == self).unwrap_or(6)
    }
}

/// Counts per zone, in the order of [`Zone::ALL`].
pub fn zone_counts<'a>(points: impl IntoIterator<Item = &'a [f64; 3]>) -> [u64; 7] {
    let mut out = [0; 7];
    for p in points {
        out[Zone::of(*p).index()] += 1;
    }
    out
}

/// The two isometric log-ratio coordinates of a composition.
pub fn ilr(w: [f64; 3]) -> [f64; 2] {
    let zeros = w.iter().filter(|v| **v <= 0.0).count() as f64;
    let x = w.map(|v| {
        if v <= 0.0 {
            ZERO
        } else {
            v * (1.0 - zeros * ZERO)
        }
    });
    [
        (0.5f64).sqrt() * (x[0] / x[1]).ln(),
        (2.0f64 / 3.0).sqrt() * ((x[0] * x[1]).sqrt() / x[2]).ln(),
    ]
}

fn mean(points: &[[f64; 2]], idx: impl Iterator<Item = usize>) -> [f64; 2] {
    let mut s = [0.0, 0.0];
    let mut n = 0.0;
    for i in idx {
        s[0] += points[i][0];
        s[1] += points[i][1];
        n += 1.0;
    }
    [s[0] / n, s[1] / n]
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Permutation {
    /// Distance between the two groups' mean log-ratio coordinates.
    pub statistic: f64,
    pub p: f64,
    /// Every split was counted (no sampling).
    pub exact: bool,
    pub resamples: usize,
}

/// Permutation test of the difference between two groups' mean compositions. All splits are
/// counted when there are at most `resamples` of them (as SciPy's `permutation_test` does);
/// otherwise `resamples` random splits from `seed`, with p = (hits + 1) / (resamples + 1).
pub fn permutation_test(
    a: &[[f64; 3]],
    b: &[[f64; 3]],
    resamples: usize,
    seed: u64,
) -> Option<Permutation> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let z: Vec<[f64; 2]> = a.iter().chain(b).map(|w| ilr(*w)).collect();
    let (n1, n) = (a.len(), z.len());
    let total = [
        z.iter().map(|p| p[0]).sum::<f64>(),
        z.iter().map(|p| p[1]).sum::<f64>(),
    ];
    // The statistic of a split, from the first group's sum (the second is the remainder).
    let stat = |s: [f64; 2]| {
        let m1 = [s[0] / n1 as f64, s[1] / n1 as f64];
        let m2 = [
            (total[0] - s[0]) / (n - n1) as f64,
            (total[1] - s[1]) / (n - n1) as f64,
        ];
        distance(m1, m2)
    };
    let observed = distance(mean(&z, 0..n1), mean(&z, n1..n));
    // SciPy's tolerance for "as extreme as observed" under rounding.
    let at_least = |s: f64| s >= observed * (1.0 - 1e-14);
    let splits = binomial(n, n1);
    if splits.is_some_and(|s| s <= resamples as u128) {
        let mut idx: Vec<usize> = (0..n1).collect();
        let (mut hits, mut count) = (0usize, 0usize);
        loop {
            let s = idx
                .iter()
                .fold([0.0, 0.0], |acc, &i| [acc[0] + z[i][0], acc[1] + z[i][1]]);
            hits += usize::from(at_least(stat(s)));
            count += 1;
            if !next_combination(&mut idx, n) {
                break;
            }
        }
        return Some(Permutation {
            statistic: observed,
            p: hits as f64 / count as f64,
            exact: true,
            resamples: count,
        });
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut order: Vec<usize> = (0..n).collect();
    let mut hits = 0usize;
    for _ in 0..resamples {
        // A partial Fisher-Yates shuffle: the first n1 places are a uniform random group.
        for i in 0..n1 {
            let j = rng.usize(i..n);
            order.swap(i, j);
        }
        let s = order[..n1]
            .iter()
            .fold([0.0, 0.0], |acc, &i| [acc[0] + z[i][0], acc[1] + z[i][1]]);
        hits += usize::from(at_least(stat(s)));
    }
    Some(Permutation {
        statistic: observed,
        p: (hits + 1) as f64 / (resamples + 1) as f64,
        exact: false,
        resamples,
    })
}

fn binomial(n: usize, k: usize) -> Option<u128> {
    let k = k.min(n - k);
    let mut r: u128 = 1;
    for i in 0..k {
        r = r.checked_mul((n - i) as u128)? / (i + 1) as u128;
    }
    Some(r)
}

/// The next k-subset of 0..n in lexicographic order; false after the last.
fn next_combination(idx: &mut [usize], n: usize) -> bool {
    let k = idx.len();
    let Some(i) = (0..k).rev().find(|&i| idx[i] != i + n - k) else {
        return false;
    };
    idx[i] += 1;
    for j in i + 1..k {
        idx[j] = idx[j - 1] + 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_at_their_boundaries() {
        assert_eq!(Zone::of([1.0, 0.0, 0.0]), Zone::Pole(0));
        assert_eq!(Zone::of([0.6, 0.4, 0.0]), Zone::Pole(0));
        assert_eq!(Zone::of([0.2, 0.2, 0.6]), Zone::Pole(2));
        assert_eq!(Zone::of([0.59, 0.41, 0.0]), Zone::Between(2));
        assert_eq!(Zone::of([0.5, 0.5, 0.0]), Zone::Between(2));
        assert_eq!(Zone::of([0.199, 0.4, 0.401]), Zone::Between(0));
        assert_eq!(Zone::of([0.2, 0.4, 0.4]), Zone::Centre);
        assert_eq!(Zone::of([1.0 / 3.0; 3]), Zone::Centre);
        assert_eq!(Zone::of([0.4, 0.2, 0.4]), Zone::Centre);
        assert_eq!(Zone::of([0.4, 0.19, 0.41]), Zone::Between(1));
    }

    #[test]
    fn every_point_has_exactly_one_zone() {
        let mut counts = [0u64; 7];
        for i in 0..=50 {
            for j in 0..=(50 - i) {
                let w = [i as f64 / 50.0, j as f64 / 50.0, (50 - i - j) as f64 / 50.0];
                counts[Zone::of(w).index()] += 1;
            }
        }
        assert_eq!(counts.iter().sum::<u64>(), 51 * 52 / 2);
        assert!(counts.iter().all(|&c| c > 0), "{counts:?}");
        // Symmetric under turning the triangle.
        assert_eq!(counts[0], counts[1]);
        assert_eq!(counts[1], counts[2]);
        assert_eq!(counts[3], counts[4]);
    }

    #[test]
    fn combinations_are_all_visited() {
        let mut idx = vec![0, 1];
        let mut n = 1;
        while next_combination(&mut idx, 5) {
            n += 1;
        }
        assert_eq!(n, 10);
        assert_eq!(binomial(11, 5), Some(462));
    }

    #[test]
    fn sampled_test_is_seeded() {
        let a: Vec<[f64; 3]> = (0..30)
            .map(|i| [0.5, 0.3, 0.2 + i as f64 / 1000.0])
            .collect();
        let b: Vec<[f64; 3]> = (0..30)
            .map(|i| [0.2, 0.3, 0.5 + i as f64 / 1000.0])
            .collect();
        let one = permutation_test(&a, &b, 999, 7).unwrap();
        assert!(!one.exact);
        assert_eq!(one, permutation_test(&a, &b, 999, 7).unwrap());
        assert!(one.p < 0.01);
    }
}
