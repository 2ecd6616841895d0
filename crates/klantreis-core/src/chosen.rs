//! Edits of several touchpoints chosen together on the map: delete, move a step, move to
//! another lane. Each is one [`Command::Batch`], so one undo brings all of them back.

use crate::command::Command;
use crate::id::Id;
use crate::journey::{Journey, MapStep};

/// The chosen touchpoints' columns, in time order, skipping ids the journey no longer has.
fn columns(j: &Journey, ids: &[Id]) -> Vec<usize> {
    let mut columns: Vec<usize> = ids.iter().filter_map(|id| j.touchpoint_index(id)).collect();
    columns.sort_unstable();
    columns.dedup();
    columns
}

impl Command {
    /// Deletes the chosen touchpoints. `None` when none of them is in the journey.
    pub fn remove_touchpoints(j: &Journey, ids: &[Id]) -> Option<Command> {
        let removes: Vec<Command> = columns(j, ids)
            .into_iter()
            .map(|c| Command::RemoveTouchpoint {
                id: j.touchpoints[c].id.clone(),
            })
            .collect();
        (!removes.is_empty()).then_some(Command::Batch(removes))
    }

    /// Moves the chosen touchpoints one column earlier or later, or one lane up or down,
    /// keeping their order and their distances. `None` when one of them is already at the edge
    /// (moving the others would pull the group apart).
    pub fn move_touchpoints(j: &Journey, ids: &[Id], step: MapStep) -> Option<Command> {
        let mut columns = columns(j, ids);
        let (first, last) = (*columns.first()?, *columns.last()?);
        let moves = match step {
            MapStep::Earlier => {
                first.checked_sub(1)?;
                columns
                    .iter()
                    .map(|&c| Command::MoveTouchpoint {
                        id: j.touchpoints[c].id.clone(),
                        to: c - 1,
                    })
                    .collect()
            }
            MapStep::Later => {
                (last + 1 < j.touchpoints.len()).then_some(())?;
                // From the back, so each move leaves the ones before it where they were.
                columns.reverse();
                columns
                    .iter()
                    .map(|&c| Command::MoveTouchpoint {
                        id: j.touchpoints[c].id.clone(),
                        to: c + 1,
                    })
                    .collect()
            }
            MapStep::LaneUp | MapStep::LaneDown => {
                let mut updates = Vec::new();
                for &c in &columns {
                    let t = &j.touchpoints[c];
                    let lane = j.agency_index(&t.agency)?;
                    let to = if step == MapStep::LaneUp {
                        lane.checked_sub(1)?
                    } else {
                        lane + 1
                    };
                    let mut moved = t.clone();
                    moved.agency = j.agencies.get(to)?.id.clone();
                    updates.push(Command::UpdateTouchpoint(moved));
                }
                updates
            }
        };
        Some(Command::Batch(moves))
    }

    /// Moves the chosen touchpoints into `agency`'s lane. `None` when they are all there.
    pub fn move_touchpoints_to(j: &Journey, ids: &[Id], agency: &Id) -> Option<Command> {
        j.agency(agency)?;
        let updates: Vec<Command> = columns(j, ids)
            .into_iter()
            .filter(|&c| j.touchpoints[c].agency != *agency)
            .map(|c| {
                let mut moved = j.touchpoints[c].clone();
                moved.agency = agency.clone();
                Command::UpdateTouchpoint(moved)
            })
            .collect();
        (!updates.is_empty()).then_some(Command::Batch(updates))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Editor;
    use crate::examples;

    fn ids(j: &Journey, columns: &[usize]) -> Vec<Id> {
        columns
            .iter()
            .map(|&c| j.touchpoints[c].id.clone())
            .collect()
    }

    fn order(j: &Journey) -> Vec<Id> {
        j.touchpoints.iter().map(|t| t.id.clone()).collect()
    }

    #[test]
    fn deleting_several_is_one_undo_step_that_puts_each_back_in_place() {
        let j = examples::jan();
        let chosen = ids(&j, &[4, 0, 2]);
        let mut editor = Editor::new(j.clone());
        editor
            .apply(Command::remove_touchpoints(&j, &chosen).unwrap())
            .unwrap();
        assert_eq!(editor.journey().touchpoints.len(), j.touchpoints.len() - 3);
        assert!(
            chosen
                .iter()
                .all(|id| editor.journey().touchpoint(id).is_none())
        );
        assert!(editor.undo());
        assert_eq!(editor.journey(), &j);
        assert!(!editor.can_undo());
        assert!(Command::remove_touchpoints(&j, &[Id::new("gone")]).is_none());
    }

    #[test]
    fn a_group_moves_a_column_keeping_its_gaps_and_stops_at_the_edges() {
        let j = examples::jan();
        let chosen = ids(&j, &[1, 2, 4]);
        let mut editor = Editor::new(j.clone());
        editor
            .apply(Command::move_touchpoints(&j, &chosen, MapStep::Later).unwrap())
            .unwrap();
        let after = order(editor.journey());
        assert_eq!(&after[2..4], &chosen[..2]);
        assert_eq!(after[5], chosen[2]);
        assert_eq!(after[1], j.touchpoints[3].id);
        editor
            .apply(Command::move_touchpoints(editor.journey(), &chosen, MapStep::Earlier).unwrap())
            .unwrap();
        assert_eq!(editor.journey(), &j);

        assert!(Command::move_touchpoints(&j, &ids(&j, &[0, 3]), MapStep::Earlier).is_none());
        let last = j.touchpoints.len() - 1;
        assert!(Command::move_touchpoints(&j, &ids(&j, &[1, last]), MapStep::Later).is_none());
    }

    #[test]
    fn a_group_changes_lane_together_or_not_at_all() {
        let j = examples::jan();
        let top = &j.agencies[0].id;
        let in_top: Vec<Id> = j
            .touchpoints
            .iter()
            .filter(|t| t.agency == *top)
            .map(|t| t.id.clone())
            .collect();
        assert!(!in_top.is_empty());
        assert!(Command::move_touchpoints(&j, &in_top, MapStep::LaneUp).is_none());
        let mut editor = Editor::new(j.clone());
        editor
            .apply(Command::move_touchpoints(&j, &in_top, MapStep::LaneDown).unwrap())
            .unwrap();
        for id in &in_top {
            assert_eq!(
                editor.journey().touchpoint(id).unwrap().agency,
                j.agencies[1].id
            );
        }
        assert!(editor.undo());
        assert_eq!(editor.journey(), &j);
    }

    #[test]
    fn moving_into_a_lane_skips_those_already_there() {
        let j = examples::jan();
        let lane = j.touchpoints[0].agency.clone();
        let all = order(&j);
        let Some(Command::Batch(updates)) = Command::move_touchpoints_to(&j, &all, &lane) else {
            panic!("expected a batch");
        };
        let elsewhere = j.touchpoints.iter().filter(|t| t.agency != lane).count();
        assert_eq!(updates.len(), elsewhere);
        assert!(Command::move_touchpoints_to(&j, &all[..1], &lane).is_none());
        assert!(Command::move_touchpoints_to(&j, &all, &Id::new("nowhere")).is_none());
    }
}
