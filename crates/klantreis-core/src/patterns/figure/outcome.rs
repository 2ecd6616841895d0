//! Statistics as tables: A against B per question and all pairs, with raw and adjusted p.

use crate::export::table::{Cell, Table, fixed_headers};
use crate::patterns::compare::{Comparison, Outcome, Pair, Subject};
use crate::patterns::pool::{Kind, Pool};
use crate::patterns::stats::{MIN_GROUP, Method};
use klantreis_words::{Lang, Msg};

/// What a comparison or pair is about, in words.
pub fn subject_name(pool: &Pool, s: Subject, lang: Lang) -> String {
    match s {
        Subject::Emotion => lang.text(Msg::FigEmotionOfTheContact).to_owned(),
        Subject::Question(q) => pool.questions[q]
            .prompt
            .get(lang.reads_english())
            .to_owned(),
    }
}

pub(super) fn p_cell(p: Option<f64>) -> Cell {
    p.map_or(Cell::Empty, Cell::Number)
}

/// Test name, statistic, effect size and a note for one outcome.
pub(super) fn outcome_cells(o: &Outcome, lang: Lang) -> [Cell; 4] {
    let words = |s: &str| Cell::Text(s.to_owned());
    match o {
        Outcome::MannWhitney(m) => [
            words("Mann-Whitney U"),
            Cell::Number(m.u),
            Cell::Number(m.r),
            words(match m.method {
                Method::Exact => lang.text(Msg::FigExactRankBiserial),
                Method::Asymptotic => lang.text(Msg::FigNormalRankBiserial),
            }),
        ],
        Outcome::ChiSquare(c) => [
            words(if c.fisher_p.is_some() {
                "Fisher exact (2×2)"
            } else {
                lang.text(Msg::FigChiSquare)
            }),
            Cell::Number(c.statistic),
            Cell::Number(c.cramers_v),
            words(if c.small_expected {
                lang.text(Msg::FigSmallExpectedCounts)
            } else {
                lang.text(Msg::FigEffectCramersV)
            }),
        ],
        Outcome::Spearman(sp) => [
            words("Spearman"),
            Cell::Number(sp.rho),
            Cell::Number(sp.rho),
            words(lang.text(Msg::FigEffectRho)),
        ],
        Outcome::Triad { composition, zones } => [
            words(lang.text(Msg::FigPermutationTestLogRatio)),
            Cell::Number(composition.statistic),
            zones
                .as_ref()
                .map_or(Cell::Empty, |z| Cell::Number(z.cramers_v)),
            Cell::Text(format!(
                "{}{}",
                if composition.exact {
                    lang.text(Msg::FigEverySplitCounted).to_owned()
                } else {
                    lang.text_with(
                        Msg::FigSplitsFixedSeed,
                        &[composition.resamples.to_string()],
                    )
                },
                zones.as_ref().map_or(String::new(), |z| format!(
                    "; {} p = {}",
                    lang.text(Msg::FigZonesChiSquare),
                    lang.number(z.p)
                ))
            )),
        ],
        Outcome::TooFew => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Text(lang.text_with(Msg::FigCountsOnly, &[MIN_GROUP.to_string()])),
        ],
        Outcome::NoVariation => [
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            words(lang.text(Msg::FigNoTestAllAnswersAlike)),
        ],
    }
}

/// The columns of a test's outcome, after what was compared and how many.
const OUTCOME_HEADERS: [Msg; 6] = [
    Msg::ColTest,
    Msg::ColStatistic,
    Msg::ColP,
    Msg::ColPBH,
    Msg::FigEffect,
    Msg::ColNote,
];

/// Selection A against B, one row per subject.
pub fn comparison_table(pool: &Pool, list: &[Comparison], lang: Lang) -> Table {
    let headers = [
        &[Msg::ColSubject, Msg::ColNA, Msg::ColNB][..],
        &OUTCOME_HEADERS,
    ]
    .concat();
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
pub fn pairs_table(pool: &Pool, list: &[Pair], lang: Lang) -> Table {
    let headers = [
        &[Msg::ColFirst, Msg::ColSecond, Msg::ColN][..],
        &OUTCOME_HEADERS,
    ]
    .concat();
    let option = |p: &Pair| -> String {
        let Some(o) = p.option else {
            return String::new();
        };
        [p.first, p.second]
            .iter()
            .find_map(|s| match s {
                Subject::Question(q) => match &pool.questions[*q].kind {
                    Kind::Choice { options, .. } => options.get(o).map(|(_, label)| {
                        let label = label.get(lang.reads_english()).to_owned();
                        lang.text_with(Msg::FigOptionAgainstRest, &[label])
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
