//! Triad geometry: a point in an equilateral triangle and the three weights of its poles.
//!
//! Pole 0 is the top corner, pole 1 bottom left, pole 2 bottom right, in a triangle of side 1
//! with the top corner at (0.5, 0) and y growing downwards (as on screen).

/// The height of the triangle.
pub const HEIGHT: f64 = 0.866_025_403_784_438_6; // sqrt(3) / 2

/// The corners, in pole order.
pub const CORNERS: [(f64, f64); 3] = [(0.5, 0.0), (0.0, HEIGHT), (1.0, HEIGHT)];

/// The weights of a point; a point outside the triangle is taken to the nearest point of it
/// (so a tap just outside an edge lands on that edge).
pub fn weights_of(x: f64, y: f64) -> [f64; 3] {
    let [(x0, y0), (x1, y1), (x2, y2)] = CORNERS;
    let det = (y1 - y2) * (x0 - x2) + (x2 - x1) * (y0 - y2);
    let w0 = ((y1 - y2) * (x - x2) + (x2 - x1) * (y - y2)) / det;
    let w1 = ((y2 - y0) * (x - x2) + (x0 - x2) * (y - y2)) / det;
    let w2 = 1.0 - w0 - w1;
    if w0 >= 0.0 && w1 >= 0.0 && w2 >= 0.0 {
        return normalise([w0, w1, w2]);
    }
    let (px, py) = nearest_on_edges(x, y);
    let w0 = ((y1 - y2) * (px - x2) + (x2 - x1) * (py - y2)) / det;
    let w1 = ((y2 - y0) * (px - x2) + (x0 - x2) * (py - y2)) / det;
    normalise([w0.max(0.0), w1.max(0.0), (1.0 - w0 - w1).max(0.0)])
}

/// The point of given weights (normalised first).
pub fn point_of(weights: [f64; 3]) -> (f64, f64) {
    let w = normalise(weights);
    CORNERS
        .iter()
        .zip(w)
        .fold((0.0, 0.0), |(x, y), ((cx, cy), w)| (x + w * cx, y + w * cy))
}

/// Weights scaled to sum to exactly 1 (within floating point); all-zero becomes the centre.
pub fn normalise(w: [f64; 3]) -> [f64; 3] {
    let w = w.map(|v| if v.is_finite() && v > 0.0 { v } else { 0.0 });
    let sum: f64 = w.iter().sum();
    if sum <= 0.0 {
        [1.0 / 3.0; 3]
    } else {
        w.map(|v| v / sum)
    }
}

fn nearest_on_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (a.0 + t * dx, a.1 + t * dy)
}

fn nearest_on_edges(x: f64, y: f64) -> (f64, f64) {
    let [a, b, c] = CORNERS;
    [(a, b), (b, c), (c, a)]
        .into_iter()
        .map(|(s, e)| nearest_on_segment((x, y), s, e))
        .min_by(|p, q| {
            let d = |r: &(f64, f64)| (r.0 - x).powi(2) + (r.1 - y).powi(2);
            d(p).total_cmp(&d(q))
        })
        .unwrap_or((0.5, HEIGHT * 2.0 / 3.0))
}

/// How far one arrow key moves the point, in sides of the triangle.
pub const KEY_STEP: f64 = 0.03;

/// The weights as whole percentages that add up to exactly 100: each rounded down, then the
/// points left over go to the largest remainders (the largest remainder method). Rounding
/// each on its own gives 33 + 33 + 33 = 99 at the centre, and 101 elsewhere.
pub fn percentages(weights: [f64; 3]) -> [u32; 3] {
    let exact = normalise(weights).map(|w| w * 100.0);
    let mut out = exact.map(|p| p.floor() as u32);
    let short = 100u32.saturating_sub(out.iter().sum());
    let mut order = [0, 1, 2];
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for &i in order.iter().take(short as usize) {
        out[i] += 1;
    }
    out
}

/// Moves a point by a step (arrow keys) and returns the weights there.
pub fn nudge(weights: [f64; 3], dx: f64, dy: f64) -> [f64; 3] {
    let (x, y) = point_of(weights);
    weights_of(x + dx, y + dy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: [f64; 3], b: [f64; 3]) -> bool {
        a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    /// Every point the arrow keys reach from the centre (the issue counted 126 of them).
    fn keyboard_positions() -> Vec<[f64; 3]> {
        let key = |w: [f64; 3]| w.map(|v| (v * 1e6).round() as i64);
        let mut seen = std::collections::HashSet::new();
        let mut todo = vec![[1.0 / 3.0; 3]];
        let mut out = Vec::new();
        while let Some(w) = todo.pop() {
            if !seen.insert(key(w)) || out.len() > 5_000 {
                continue;
            }
            out.push(w);
            for (dx, dy) in [
                (KEY_STEP, 0.0),
                (-KEY_STEP, 0.0),
                (0.0, KEY_STEP),
                (0.0, -KEY_STEP),
            ] {
                todo.push(nudge(w, dx, dy));
            }
        }
        out
    }

    #[test]
    fn percentages_add_up_to_100_at_every_keyboard_position() {
        let positions = keyboard_positions();
        assert!(positions.len() > 100, "{} positions", positions.len());
        for w in positions {
            let p = percentages(w);
            assert_eq!(p.iter().sum::<u32>(), 100, "{w:?} -> {p:?}");
            for (pi, wi) in p.iter().zip(w) {
                assert!((f64::from(*pi) - wi * 100.0).abs() < 1.0, "{w:?} -> {p:?}");
            }
        }
        assert_eq!(percentages([1.0 / 3.0; 3]), [34, 33, 33]);
        assert_eq!(percentages([1.0, 0.0, 0.0]), [100, 0, 0]);
        assert_eq!(percentages([0.375, 0.3125, 0.3125]), [38, 31, 31]);
    }

    #[test]
    fn corners_are_pure_poles() {
        assert!(close(weights_of(0.5, 0.0), [1.0, 0.0, 0.0]));
        assert!(close(weights_of(0.0, HEIGHT), [0.0, 1.0, 0.0]));
        assert!(close(weights_of(1.0, HEIGHT), [0.0, 0.0, 1.0]));
    }

    #[test]
    fn the_centroid_is_a_third_each() {
        let c = (0.5, HEIGHT * 2.0 / 3.0);
        assert!(close(weights_of(c.0, c.1), [1.0 / 3.0; 3]));
        let (x, y) = point_of([1.0 / 3.0; 3]);
        assert!((x - c.0).abs() < 1e-12 && (y - c.1).abs() < 1e-12);
    }

    #[test]
    fn edge_midpoints_split_two_poles() {
        assert!(close(weights_of(0.5, HEIGHT), [0.0, 0.5, 0.5]));
        assert!(close(weights_of(0.25, HEIGHT / 2.0), [0.5, 0.5, 0.0]));
        assert!(close(weights_of(0.75, HEIGHT / 2.0), [0.5, 0.0, 0.5]));
    }

    #[test]
    fn point_and_weights_round_trip_in_both_directions() {
        for w in [
            [0.2, 0.3, 0.5],
            [0.7, 0.1, 0.2],
            [0.0, 0.25, 0.75],
            [1.0, 0.0, 0.0],
        ] {
            let (x, y) = point_of(w);
            assert!(close(weights_of(x, y), w), "{w:?}");
        }
        for (x, y) in [(0.5, 0.5), (0.3, 0.7), (0.6, 0.8)] {
            let w = weights_of(x, y);
            let (px, py) = point_of(w);
            assert!((px - x).abs() < 1e-9 && (py - y).abs() < 1e-9, "({x}, {y})");
        }
    }

    #[test]
    fn points_outside_land_on_the_nearest_edge_or_corner() {
        // Below the bottom edge: no weight on the top pole.
        let w = weights_of(0.5, HEIGHT + 0.2);
        assert!(close(w, [0.0, 0.5, 0.5]), "{w:?}");
        // Far beyond the top corner: the top pole alone.
        assert!(close(weights_of(0.5, -1.0), [1.0, 0.0, 0.0]));
        // Left of the left edge, half-way up: on that edge.
        let w = weights_of(-0.3, HEIGHT / 2.0);
        assert!(
            w[2].abs() < 1e-9 && (w.iter().sum::<f64>() - 1.0).abs() < 1e-12,
            "{w:?}"
        );
    }

    #[test]
    fn weights_always_sum_to_one() {
        for i in 0..50 {
            let (x, y) = (i as f64 * 0.037 - 0.3, i as f64 * 0.029 - 0.2);
            let w = weights_of(x, y);
            assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            assert!(w.iter().all(|v| (0.0..=1.0).contains(v)));
        }
    }

    #[test]
    fn nudging_moves_toward_the_pole_and_stops_at_the_edge() {
        let start = [1.0 / 3.0; 3];
        let up = nudge(start, 0.0, -0.05);
        assert!(up[0] > start[0]);
        let mut w = start;
        for _ in 0..100 {
            w = nudge(w, 0.0, -0.05);
        }
        assert!(close(w, [1.0, 0.0, 0.0]));
    }

    #[test]
    fn normalise_handles_zero_and_garbage() {
        assert!(close(normalise([0.0, 0.0, 0.0]), [1.0 / 3.0; 3]));
        assert!(close(normalise([f64::NAN, 1.0, -2.0]), [0.0, 1.0, 0.0]));
        assert!(close(normalise([2.0, 1.0, 1.0]), [0.5, 0.25, 0.25]));
    }
}
