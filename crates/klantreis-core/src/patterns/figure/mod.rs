//! The patterns page's charts as self-contained SVG (the same text is shown, downloaded and
//! drawn into a PNG), each with its data table. Bars, zones and cells carry `data-row` (the
//! table row whose items they stand for); triad points carry `data-item` (one pooled item).

mod bars;
mod cross;
mod curve;
mod draw;
mod heat;
mod histogram;
mod outcome;
mod persona;
mod principles;
mod triad;
mod words;

use crate::export::table::channel_text;
use crate::patterns::pool::{Kind, Pool};
use crate::patterns::views::{self, QuestionView};
use crate::touchpoint::Channel;

use bars::bars;
pub use cross::{answer_choices, categorical, cross};
pub use curve::curve;
pub use draw::{Figure, MAX_POINTS};
pub use heat::groups;
use histogram::histogram;
use klantreis_words::{Lang, Msg};
pub use outcome::{comparison_table, pairs_table, subject_name};
pub use persona::personas;
use triad::triad;
pub use words::zone_name;

pub fn question(pool: &Pool, items: &[usize], q: usize, lang: Lang) -> Figure {
    let english = lang.reads_english();
    let question = &pool.questions[q];
    let title = question.prompt.get(english).to_owned();
    match (views::question(pool, items, q), &question.kind) {
        (QuestionView::Triad(v), Kind::Triad { poles }) => {
            let poles = poles.clone().map(|p| p.get(english).to_owned());
            triad(title, &v, &poles, lang)
        }
        (
            QuestionView::Number(v),
            Kind::Number {
                min,
                max,
                left,
                right,
            },
        ) => histogram(
            title,
            &v,
            (*min, *max),
            [left.get(english), right.get(english)],
            lang,
        ),
        (QuestionView::Choice(v), Kind::Choice { options, .. }) => {
            let labels: Vec<String> = options
                .iter()
                .map(|(_, label)| label.get(english).to_owned())
                .collect();
            bars(
                title,
                &v.options,
                &labels,
                v.answered,
                v.not_applicable,
                lang,
            )
        }
        _ => bars(title, &[], &[], 0, 0, lang),
    }
}

/// Broken belevingsprincipes per agency, channel and phase, once any touchpoint in the
/// selection judged a principle.
fn broken_principles(pool: &Pool, items: &[usize], lang: Lang) -> Vec<Figure> {
    if !items.iter().any(|&i| !pool.items[i].principles.is_empty()) {
        return Vec::new();
    }
    let mut channels = views::broken_principles(pool, items, |i| i.channel.as_deref());
    for row in &mut channels {
        if let Some(fixed) = Channel::FIXED.iter().find(|c| c.key() == row.name) {
            row.name = channel_text(fixed, lang);
        }
    }
    vec![
        principles::broken(
            lang.text(Msg::FigBrokenPerAgency).to_owned(),
            &views::broken_principles(pool, items, |i| i.agency.as_deref()),
            lang,
        ),
        principles::broken(
            lang.text(Msg::FigBrokenPerChannel).to_owned(),
            &channels,
            lang,
        ),
        principles::broken(
            lang.text(Msg::FigBrokenPerPhase).to_owned(),
            &views::broken_principles(pool, items, |i| i.phase.as_deref()),
            lang,
        ),
    ]
}

/// The figures after the questions' (see [`question`]): per agency, per channel, the curve,
/// one client over time.
pub fn overview(pool: &Pool, items: &[usize], lang: Lang) -> Vec<Figure> {
    let mut out = Vec::new();
    out.push(groups(
        lang.text(Msg::FigEmotionPerAgency).to_owned(),
        &views::groups(pool, items, |i| i.agency.as_deref()),
        lang,
    ));
    let mut channels = views::groups(pool, items, |i| i.channel.as_deref());
    for row in &mut channels {
        if let Some(fixed) = Channel::FIXED.iter().find(|c| c.key() == row.name) {
            row.name = channel_text(fixed, lang);
        }
    }
    out.push(groups(
        lang.text(Msg::FigEmotionPerChannel).to_owned(),
        &channels,
        lang,
    ));
    out.push(curve(
        lang.text(Msg::FigEmotionOverTheJourney).to_owned(),
        &views::curve(pool, items),
        lang,
    ));
    out.extend(broken_principles(pool, items, lang));
    let rows = views::personas(pool, items);
    out.push(personas(
        lang.text(Msg::FigOneClientOverTime).to_owned(),
        pool,
        items,
        &rows,
        lang,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::table::Cell;
    use crate::generate::population;
    use crate::patterns::Selection;
    use crate::patterns::composition::Zone;
    use triad::zone_polygon;

    fn every(pool: &Pool) -> Vec<usize> {
        Selection::default().select(pool)
    }

    #[test]
    fn each_question_has_a_figure_whose_rows_match_its_evidence() {
        let pool = Pool::new(&population(8, 12, 6, 1));
        let items = every(&pool);
        for q in 0..pool.questions.len() {
            let f = question(&pool, &items, q, Lang::Nl);
            assert_eq!(f.table.rows.len(), f.evidence.len(), "{}", f.title);
            assert!(
                f.svg
                    .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            );
            assert!(f.svg.ends_with("</svg>"));
            // Something is drawn that leads to the table, and only rows of the table.
            let drawn: std::collections::BTreeSet<usize> = f
                .svg
                .split("data-row=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next()?.parse().ok())
                .collect();
            let all: std::collections::BTreeSet<usize> = (0..f.table.rows.len()).collect();
            assert!(!all.is_empty(), "{}: a table with rows", f.title);
            assert!(
                !drawn.is_empty(),
                "{}: nothing drawn leads to a row",
                f.title
            );
            assert!(
                drawn.is_subset(&all),
                "{}: {drawn:?} outside the table",
                f.title
            );
        }
    }

    #[test]
    fn a_triad_draws_points_until_there_are_too_many() {
        let focus = |pool: &Pool| {
            pool.questions
                .iter()
                .position(|q| q.id.as_str() == "focus")
                .unwrap()
        };
        let pool = Pool::new(&population(9, 10, 5, 0));
        let items = every(&pool);
        let f = question(&pool, &items, focus(&pool), Lang::En);
        let QuestionView::Triad(v) = views::question(&pool, &items, focus(&pool)) else {
            panic!()
        };
        assert_eq!(f.svg.matches("data-item=").count(), v.points.len());
        assert!(f.summary.starts_with(&format!("n = {}", v.points.len())));

        let big = Pool::new(&population(9, 300, 10, 0));
        let items = every(&big);
        let f = question(&big, &items, focus(&big), Lang::En);
        assert_eq!(
            f.svg.matches("data-item=").count(),
            0,
            "density instead of points"
        );
        assert!(f.svg.matches("fill-opacity").count() > 20);
    }

    #[test]
    fn a_row_of_many_journeys_draws_the_latest_and_tables_them_all() {
        // Eight personas over 400 journeys: 50 each, more than a row draws.
        let journeys = population(10, 400, 1, 0);
        let pool = Pool::new(&journeys);
        let items = every(&pool);
        let rows = views::personas(&pool, &items);
        assert!(rows.iter().all(|r| r.journeys.len() > persona::MAX_DOTS));
        let p = personas("p".into(), &pool, &items, &rows, Lang::Nl);
        assert_eq!(
            p.svg.matches("<circle").count(),
            rows.len() * persona::MAX_DOTS
        );
        assert_eq!(p.table.rows.len(), 400);
        let hidden = rows[0].journeys.len() - persona::MAX_DOTS;
        assert!(
            p.svg
                .contains(&format!("{hidden} eerdere reizen niet getekend"))
        );
        // The dots drawn are the latest, and each leads to its own table row.
        let last = &pool.journeys[rows[0].journeys.last().unwrap().0].title;
        assert!(p.svg.contains(&format!("<title>{last}</title>")));
        let first = &pool.journeys[rows[0].journeys[0].0].title;
        assert!(!p.svg.contains(&format!("<title>{first}</title>")));
        assert!(
            p.svg
                .contains(&format!("data-row=\"{}\"", rows[0].journeys.len() - 1))
        );
    }

    #[test]
    fn names_are_escaped_in_every_figure() {
        let mut journeys = population(10, 6, 4, 0);
        for j in &mut journeys {
            j.persona.name = "<script>x</script>".into();
            j.agencies[0].name = "A & <b>".into();
        }
        let pool = Pool::new(&journeys);
        let items = every(&pool);
        let rows = views::personas(&pool, &items);
        let p = personas("p".into(), &pool, &items, &rows, Lang::Nl);
        assert!(p.svg.contains("&lt;script&gt;") && !p.svg.contains("<script"));
        let g = groups(
            "g".into(),
            &views::groups(&pool, &items, |i| i.agency.as_deref()),
            Lang::Nl,
        );
        assert!(g.svg.contains("A &amp; &lt;b&gt;"));
    }

    #[test]
    fn a_cross_table_counts_each_answer_once_and_tests_it() {
        let pool = Pool::new(&population(12, 40, 6, 1));
        let items = every(&pool);
        let cat = categorical(&pool);
        assert_eq!(cat.len(), 2, "the triad and the single choice");
        let f = cross(&pool, &items, cat[0], cat[1], Lang::Nl);
        assert_eq!(f.table.rows.len(), 7);
        assert_eq!(f.table.headers.len(), 1 + 4);
        let total: f64 = f
            .table
            .rows
            .iter()
            .flat_map(|r| &r[1..])
            .map(|c| match c {
                Cell::Number(n) => *n,
                _ => 0.0,
            })
            .sum();
        assert_eq!(
            total as usize,
            f.evidence.iter().map(Vec::len).sum::<usize>()
        );
        assert!(f.summary.contains("p = "), "{}", f.summary);
    }

    #[test]
    fn test_names_follow_the_language() {
        let pool = Pool::new(&population(15, 30, 6, 0));
        let items = every(&pool);
        let cat = categorical(&pool);
        let en = cross(&pool, &items, cat[0], cat[1], Lang::En);
        assert!(en.summary.contains("chi-square"), "{}", en.summary);
        assert!(!en.summary.contains("kwadraat"), "{}", en.summary);
        let nl = cross(&pool, &items, cat[0], cat[1], Lang::Nl);
        assert!(nl.summary.contains("chi-kwadraat"), "{}", nl.summary);
    }

    #[test]
    fn zone_shapes_hold_only_their_zone() {
        for z in Zone::ALL {
            let corners = zone_polygon(z);
            let n = corners.len() as f64;
            let centre = corners.iter().fold([0.0; 3], |a, p| {
                [a[0] + p[0] / n, a[1] + p[1] / n, a[2] + p[2] / n]
            });
            assert_eq!(Zone::of(centre), z, "{corners:?}");
        }
    }
}
