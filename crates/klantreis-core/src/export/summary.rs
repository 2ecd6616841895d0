//! Per-question summaries of the signifier answers of one journey, for the printed report.
//! (Pooling over many journeys, with statistics, is the patterns view's job.)

use crate::signifier::{Answer, Answers, Question, QuestionKind, SignifierSet};
use crate::touchpoint::Emotion;
use klantreis_words::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Figures {
    /// Triad: each pole's name with its mean weight.
    Triad([(String, f64); 3]),
    /// Slider (0..100) or emotion (-2..2): the mean.
    Mean(f64),
    /// Choice: how often each option was chosen, in the set's order.
    Counts(Vec<(String, usize)>),
    /// Free text: the answers themselves.
    Texts(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSummary {
    pub prompt: String,
    pub answered: usize,
    pub not_applicable: usize,
    /// `None` when no answer has a value.
    pub figures: Option<Figures>,
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// One summary per question still asked, over the given answers.
pub fn summarise<'a>(
    set: &SignifierSet,
    answers: impl Iterator<Item = &'a Answers> + Clone,
    lang: Lang,
) -> Vec<QuestionSummary> {
    set.asked()
        .map(|q| {
            let given: Vec<&Answer> = answers.clone().filter_map(|a| a.get(&q.id)).collect();
            let not_applicable = given
                .iter()
                .filter(|a| matches!(a, Answer::NotApplicable))
                .count();
            let figures = figures(q, &given, lang);
            QuestionSummary {
                prompt: q.prompt.get(lang.reads_english()).to_owned(),
                answered: given.len(),
                not_applicable,
                figures,
            }
        })
        .collect()
}

/// What the answers `given` to `q` add up to, in the form that fits its kind.
fn figures(q: &Question, given: &[&Answer], lang: Lang) -> Option<Figures> {
    match &q.kind {
        QuestionKind::Triad { poles } => {
            let all: Vec<[f64; 3]> = given
                .iter()
                .filter_map(|a| match a {
                    Answer::Triad(w) => Some(*w),
                    _ => None,
                })
                .collect();
            (!all.is_empty()).then(|| {
                let n = all.len() as f64;
                Figures::Triad([0, 1, 2].map(|i| {
                    let mean = all.iter().map(|w| w[i]).sum::<f64>() / n;
                    (poles[i].get(lang.reads_english()).to_owned(), mean)
                }))
            })
        }
        QuestionKind::Slider { .. } => mean(
            &given
                .iter()
                .filter_map(|a| match a {
                    Answer::Slider(v) => Some(f64::from(*v)),
                    _ => None,
                })
                .collect::<Vec<_>>(),
        )
        .map(Figures::Mean),
        QuestionKind::Emotion => mean(
            &given
                .iter()
                .filter_map(|a| match a {
                    Answer::Emotion(e) => Some(f64::from(Emotion::value(*e))),
                    _ => None,
                })
                .collect::<Vec<_>>(),
        )
        .map(Figures::Mean),
        QuestionKind::Choice { options, .. } => {
            let counts: Vec<(String, usize)> = options
                .iter()
                .map(|o| {
                    let n = given
                        .iter()
                        .filter(|a| matches!(a, Answer::Choice(ids) if ids.contains(&o.id)))
                        .count();
                    (o.label.get(lang.reads_english()).to_owned(), n)
                })
                .collect();
            counts
                .iter()
                .any(|(_, n)| *n > 0)
                .then_some(Figures::Counts(counts))
        }
        QuestionKind::FreeText => {
            let texts: Vec<String> = given
                .iter()
                .filter_map(|a| match a {
                    Answer::Text(t) if !t.trim().is_empty() => Some(t.clone()),
                    _ => None,
                })
                .collect();
            (!texts.is_empty()).then_some(Figures::Texts(texts))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn jans_touchpoints_summarised() {
        let j = examples::jan();
        let s = summarise(
            &j.touchpoint_set,
            j.touchpoints.iter().map(|t| &t.answers),
            Lang::Nl,
        );
        assert_eq!(s.len(), 7);
        let seen = &s[1];
        assert_eq!((seen.answered, seen.not_applicable), (3, 0));
        assert_eq!(
            seen.figures,
            Some(Figures::Mean((20.0 + 10.0 + 90.0) / 3.0))
        );
        match &s[0].figures {
            Some(Figures::Triad(w)) => {
                assert_eq!(w[0].0, "de regels en procedures");
                assert!((w[0].1 - (0.7 + 0.8 + 0.05) / 3.0).abs() < 1e-12);
                assert!((w.iter().map(|p| p.1).sum::<f64>() - 1.0).abs() < 1e-12);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            s[5].figures,
            Some(Figures::Counts(vec![
                ("ik zelf".into(), 1),
                ("de instantie".into(), 1),
                ("iemand uit mijn netwerk".into(), 0),
                ("een hulpverlener".into(), 1)
            ]))
        );
        assert!(matches!(&s[6].figures, Some(Figures::Texts(t)) if t.len() == 2));
    }

    #[test]
    fn not_applicable_is_counted_apart_and_never_averaged() {
        let mut j = examples::jan();
        j.touchpoints[1]
            .answers
            .insert("seen".into(), Answer::NotApplicable);
        let s = summarise(
            &j.touchpoint_set,
            j.touchpoints.iter().map(|t| &t.answers),
            Lang::Nl,
        );
        assert_eq!((s[1].answered, s[1].not_applicable), (3, 1));
        assert_eq!(s[1].figures, Some(Figures::Mean(50.0)));
    }

    #[test]
    fn no_answers_no_figures() {
        let j = examples::intake();
        let s = summarise(
            &j.touchpoint_set,
            j.touchpoints.iter().map(|t| &t.answers),
            Lang::En,
        );
        assert!(s.iter().all(|q| q.answered == 0 && q.figures.is_none()));
        assert_eq!(s[0].prompt, "This contact was mostly about…");
    }
}
