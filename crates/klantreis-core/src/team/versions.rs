//! Two versions of one journey: when it was changed on this device and by the team at once,
//! both are kept, the other as a journey of its own that points at the first
//! (`version_of`). The choice between them is the user's, on any device, and it travels with
//! the journeys: keeping one removes the other everywhere; keeping both lets them part.

use crate::{Id, Journey, JourneyField, JourneySummary};

/// A part of a journey besides its steps, named where two versions differ in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Field(JourneyField),
    Agencies,
    Phases,
    Stories,
    Ideas,
}

/// Where two versions differ besides their steps (the step lists say those), in the order
/// the editor shows them.
pub fn other_differences(a: &Journey, b: &Journey) -> Vec<Part> {
    let fields = JourneyField::ALL
        .into_iter()
        .filter(|f| f.get(a) != f.get(b))
        .map(Part::Field);
    let rest = [
        (Part::Agencies, a.agencies != b.agencies),
        (Part::Phases, a.phases != b.phases),
        (Part::Stories, a.stories != b.stories),
        (Part::Ideas, a.ideas != b.ideas),
    ]
    .into_iter()
    .filter_map(|(part, differs)| differs.then_some(part));
    fields.chain(rest).collect()
}

/// The other version, kept beside `journey` under `id`: same title and content, marked as a
/// version of `journey` until someone chooses.
pub fn other_version(theirs: &Journey, of: &Id, id: Id, now_ms: i64) -> Journey {
    let mut copy = theirs.duplicate(id, theirs.title.clone(), now_ms);
    copy.version_of = Some(of.clone());
    copy
}

/// The journey `original` becomes when the other version `chosen` is kept: its content under
/// the original's id (links to it, its place in a workshop and the team's document stay).
pub fn taken(chosen: &Journey, original: &Journey, now_ms: i64) -> Journey {
    let mut kept = chosen.duplicate(original.id.clone(), chosen.title.clone(), now_ms);
    kept.created_ms = original.created_ms;
    kept
}

/// The other version as a journey of its own, when both are kept: no longer waiting for a
/// choice, and named so the two can be told apart in the library.
pub fn parted(version: &Journey, title: String, now_ms: i64) -> Journey {
    let mut own = version.duplicate(version.id.clone(), title, now_ms);
    own.created_ms = version.created_ms;
    own
}

/// Journey `id`'s pair: the original and the other version, whichever of the two `id` is.
/// A version whose original is gone has no pair (it is a journey of its own by then).
pub fn pair_of(summaries: &[JourneySummary], id: &Id) -> Option<(Id, Id)> {
    let me = summaries.iter().find(|s| &s.id == id)?;
    let has = |id: &Id| summaries.iter().any(|s| &s.id == id);
    match &me.version_of {
        Some(original) if has(original) => Some((original.clone(), id.clone())),
        Some(_) => None,
        None => summaries
            .iter()
            .find(|s| s.version_of.as_ref() == Some(id))
            .map(|v| (id.clone(), v.id.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;

    #[test]
    fn the_other_version_points_at_the_first_and_keeps_everything() {
        let jan = examples::jan();
        let mut theirs = jan.clone();
        theirs.touchpoints[0].title = "Gebeld door de buurvrouw".into();
        let v = other_version(&theirs, &jan.id, Id::new("v"), 9);
        assert_eq!(v.version_of, Some(jan.id.clone()));
        assert_eq!(v.title, jan.title);
        assert_eq!(v.touchpoints, theirs.touchpoints);
        assert_eq!(v.stories, theirs.stories);
        // Its copies are journeys of their own, not versions again.
        assert_eq!(v.duplicate(Id::new("d"), "d", 10).version_of, None);
    }

    #[test]
    fn keeping_the_other_version_puts_it_under_the_first_ones_id() {
        let jan = examples::jan();
        let mut theirs = jan.clone();
        theirs.goal = "Een baan".into();
        let v = other_version(&theirs, &jan.id, Id::new("v"), 9);
        let kept = taken(&v, &jan, 20);
        assert_eq!(kept.id, jan.id);
        assert_eq!(kept.goal, "Een baan");
        assert_eq!(kept.version_of, None);
        assert_eq!(kept.created_ms, jan.created_ms);
        assert_eq!(kept.updated_ms, 20);
    }

    #[test]
    fn differences_besides_the_steps_are_named() {
        let jan = examples::jan();
        assert_eq!(other_differences(&jan, &jan), []);
        let mut theirs = jan.clone();
        theirs.goal = "Een baan".into();
        theirs.stories[0]
            .text
            .push_str(" En toen belde de buurvrouw.");
        assert_eq!(
            other_differences(&jan, &theirs),
            [Part::Field(JourneyField::Goal), Part::Stories]
        );
    }

    #[test]
    fn a_pair_is_found_from_either_side_and_not_once_the_first_is_gone() {
        let jan = examples::jan();
        let v = other_version(&jan, &jan.id, Id::new("v"), 9);
        let x = examples::x();
        let all = vec![jan.summary(), v.summary(), x.summary()];
        let pair = Some((jan.id.clone(), Id::new("v")));
        assert_eq!(pair_of(&all, &jan.id), pair);
        assert_eq!(pair_of(&all, &Id::new("v")), pair);
        assert_eq!(pair_of(&all, &x.id), None);
        assert_eq!(pair_of(&all[1..], &Id::new("v")), None);
        let both = parted(&v, "Jan (2)".into(), 30);
        assert_eq!(both.version_of, None);
        assert_eq!(pair_of(&[jan.summary(), both.summary()], &jan.id), None);
    }
}
