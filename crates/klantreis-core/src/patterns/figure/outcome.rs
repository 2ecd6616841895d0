//! Statistics as tables: A against B per question and all pairs, with raw and adjusted p.

use crate::export::table::{Cell, Language, Table, fixed_headers};
use crate::patterns::compare::{Comparison, Outcome, Pair, Subject};
use crate::patterns::pool::{Kind, Pool};
use crate::patterns::stats::{MIN_GROUP, Method};

/// What a comparison or pair is about, in words.
pub fn subject_name(pool: &Pool, s: Subject, lang: Language) -> String {
    match s {
        Subject::Emotion => lang
            .pick("Beleving van het contact", "Emotion of the contact")
            .to_owned(),
        Subject::Question(q) => pool.questions[q]
            .prompt
            .get(lang == Language::English)
            .to_owned(),
    }
}

pub(super) fn p_cell(p: Option<f64>) -> Cell {
    p.map_or(Cell::Empty, Cell::Number)
}

/// Test name, statistic, effect size and a note for one outcome.
pub(super) fn outcome_cells(o: &Outcome, lang: Language) -> [Cell; 4] {
    let t = |s: &str| Cell::Text(s.to_owned());
    match o {
        Outcome::MannWhitney(m) => [
            t("Mann-Whitney U"),
            Cell::Number(m.u),
            Cell::Number(m.r),
            t(match m.method {
                Method::Exact => lang.pick(
                    "exact; effect: rang-biseriële r",
                    "exact; effect: rank-biserial r",
                ),
                Method::Asymptotic => lang.pick(
                    "normale benadering; effect: rang-biseriële r",
                    "normal approximation; effect: rank-biserial r",
                ),
            }),
        ],
        Outcome::ChiSquare(c) => [
            t(if c.fisher_p.is_some() {
                "Fisher exact (2×2)"
            } else {
                lang.pick("chi-kwadraat", "chi-square")
            }),
            Cell::Number(c.statistic),
            Cell::Number(c.cramers_v),
            t(if c.small_expected {
                lang.pick(
                    "let op: kleine verwachte aantallen, p is onbetrouwbaar; effect: Cramérs V",
                    "caution: small expected counts, p is unreliable; effect: Cramér's V",
                )
            } else {
                lang.pick("effect: Cramérs V", "effect: Cramér's V")
            }),
        ],
        Outcome::Spearman(sp) => [
            t("Spearman"),
            Cell::Number(sp.rho),
            Cell::Number(sp.rho),
            t(lang.pick("effect: rho", "effect: rho")),
        ],
        Outcome::Triad { composition, zones } => [
            t(lang.pick(
                "permutatietoets (log-ratio)",
                "permutation test (log-ratio)",
            )),
            Cell::Number(composition.statistic),
            zones
                .as_ref()
                .map_or(Cell::Empty, |z| Cell::Number(z.cramers_v)),
            Cell::Text(format!(
                "{}{}",
                if composition.exact {
                    lang.pick("alle verdelingen geteld", "every split counted")
                        .to_owned()
                } else {
                    format!(
                        "{} {}",
                        composition.resamples,
                        lang.pick("verdelingen (vaste seed)", "splits (fixed seed)")
                    )
                },
                zones.as_ref().map_or(String::new(), |z| format!(
                    "; {} p = {}",
                    lang.pick("zones chi-kwadraat", "zones chi-square"),
                    lang.number(z.p)
                ))
            )),
        ],
        Outcome::TooFew => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Text(format!(
                "{} {MIN_GROUP} {}",
                lang.pick("alleen aantallen: minder dan", "counts only: fewer than"),
                lang.pick("antwoorden in een groep", "answers in a group")
            )),
        ],
        Outcome::NoVariation => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            t(lang.pick(
                "geen toets: alle antwoorden gelijk",
                "no test: all answers alike",
            )),
        ],
    }
}

/// Selection A against B, one row per subject.
pub fn comparison_table(pool: &Pool, list: &[Comparison], lang: Language) -> Table {
    let headers = [
        ("onderwerp", "subject"),
        ("n A", "n A"),
        ("n B", "n B"),
        ("toets", "test"),
        ("statistiek", "statistic"),
        ("p", "p"),
        ("p (BH)", "p (BH)"),
        ("effect", "effect"),
        ("toelichting", "note"),
    ];
    let rows = list
        .iter()
        .map(|c| {
            let [test, stat, effect, note] = outcome_cells(&c.outcome, lang);
            vec![
                Cell::Text(subject_name(pool, c.subject, lang)),
                Cell::Number(c.n.0 as f64),
                Cell::Number(c.n.1 as f64),
                test,
                stat,
                p_cell(c.outcome.p()),
                p_cell(c.adjusted),
                effect,
                note,
            ]
        })
        .collect();
    Table {
        name: "comparison",
        headers: fixed_headers(&headers, lang),
        rows,
    }
}

/// The patterns list, strongest first.
pub fn pairs_table(pool: &Pool, list: &[Pair], lang: Language) -> Table {
    let headers = [
        ("eerste", "first"),
        ("tweede", "second"),
        ("n", "n"),
        ("toets", "test"),
        ("statistiek", "statistic"),
        ("p", "p"),
        ("p (BH)", "p (BH)"),
        ("effect", "effect"),
        ("toelichting", "note"),
    ];
    let option = |p: &Pair| -> String {
        let Some(o) = p.option else {
            return String::new();
        };
        [p.first, p.second]
            .iter()
            .find_map(|s| match s {
                Subject::Question(q) => match &pool.questions[*q].kind {
                    Kind::Choice { options, .. } => options.get(o).map(|(_, l)| {
                        format!(
                            ": {} “{}” {}",
                            lang.pick("antwoord", "answer"),
                            l.get(lang == Language::English),
                            lang.pick("tegen de rest", "against the rest")
                        )
                    }),
                    _ => None,
                },
                Subject::Emotion => None,
            })
            .unwrap_or_default()
    };
    let rows = list
        .iter()
        .map(|p| {
            let [test, stat, effect, note] = outcome_cells(&p.outcome, lang);
            vec![
                Cell::Text(format!(
                    "{}{}",
                    subject_name(pool, p.first, lang),
                    option(p)
                )),
                Cell::Text(subject_name(pool, p.second, lang)),
                Cell::Number(p.n as f64),
                test,
                stat,
                p_cell(p.outcome.p()),
                p_cell(p.adjusted),
                effect,
                note,
            ]
        })
        .collect();
    Table {
        name: "pairs",
        headers: fixed_headers(&headers, lang),
        rows,
    }
}
