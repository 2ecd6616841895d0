//! Every edit of a journey is a [`Command`]. Applying one returns its inverse, so undo and
//! redo work for every kind of edit without snapshots of the whole journey.

use crate::agency::Agency;
use crate::id::Id;
use crate::idea::Idea;
use crate::journey::{Journey, JourneyField, Period};
use crate::phase::Phase;
use crate::script::InterviewScript;
use crate::signifier::SignifierSet;
use crate::story::Story;
use crate::touchpoint::Touchpoint;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetField {
        field: JourneyField,
        value: String,
    },
    SetPeriod(Period),
    SetTags(Vec<String>),
    /// Replaces the journey's client as a whole: linking it to a library persona (or not)
    /// together with the pseudonym shown on the map.
    SetClient(crate::journey::Client),
    AddAgency {
        agency: Agency,
        index: usize,
    },
    /// Replaces the agency with the same id (name, kind, colour).
    UpdateAgency(Agency),
    MoveAgency {
        id: Id,
        to: usize,
    },
    /// Removes the agency and its touchpoints; undo brings both back in place.
    RemoveAgency {
        id: Id,
    },
    AddTouchpoint {
        touchpoint: Touchpoint,
        index: usize,
    },
    /// Replaces the touchpoint with the same id; moving it to another lane is changing `agency`.
    UpdateTouchpoint(Touchpoint),
    MoveTouchpoint {
        id: Id,
        to: usize,
    },
    RemoveTouchpoint {
        id: Id,
    },
    AddStory {
        story: Story,
        index: usize,
    },
    UpdateStory(Story),
    /// Removes the story; touchpoints that pointed to it lose the link (undo restores it).
    RemoveStory {
        id: Id,
    },
    /// Replaces the journey's phases (build it with [`Command::set_phases`], which also takes
    /// touchpoints out of a phase that goes).
    SetPhases(Vec<Phase>),
    /// Replaces the journey's ideas (one idea added, edited or removed).
    SetIdeas(Vec<Idea>),
    /// Replaces the user's wording of the gekanteld verslag (build it with
    /// [`crate::retold::edited`]).
    SetRetold(crate::retold::Edits),
    /// Replaces the vertelpunt's interview script.
    SetScript(InterviewScript),
    /// Replaces the touchpoint or story signifier set (build it with [`Journey::edit_set`]).
    ReplaceSet {
        target: SetTarget,
        set: SignifierSet,
    },
    /// Several commands as one step of history; all or nothing.
    Batch(Vec<Command>),
    /// The whole journey at once, keeping its id (a workshop's settings, a template taken
    /// from an example): one step of history like any edit.
    Replace(Box<Journey>),
}

/// Which of a journey's two signifier sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetTarget {
    Touchpoints,
    Stories,
}

impl SetTarget {
    fn of(self, j: &mut Journey) -> &mut SignifierSet {
        match self {
            SetTarget::Touchpoints => &mut j.touchpoint_set,
            SetTarget::Stories => &mut j.story_set,
        }
    }
}

impl Journey {
    /// All answers given under one of the two sets.
    fn answers_for(
        &self,
        target: SetTarget,
    ) -> Box<dyn Iterator<Item = &crate::signifier::Answers> + '_> {
        match target {
            SetTarget::Touchpoints => Box::new(self.touchpoints.iter().map(|t| &t.answers)),
            SetTarget::Stories => Box::new(self.stories.iter().map(|s| &s.answers)),
        }
    }

    /// Whether any touchpoint or story has answered this question.
    pub fn is_answered(&self, target: SetTarget, question: &Id) -> bool {
        self.answers_for(target).any(|a| a.contains_key(question))
    }

    /// Whether any answer chose this option.
    pub fn option_chosen(&self, target: SetTarget, question: &Id, option: &Id) -> bool {
        use crate::signifier::Answer;
        self.answers_for(target)
            .any(|a| matches!(a.get(question), Some(Answer::Choice(ids)) if ids.contains(option)))
    }

    pub fn set(&self, target: SetTarget) -> &SignifierSet {
        match target {
            SetTarget::Touchpoints => &self.touchpoint_set,
            SetTarget::Stories => &self.story_set,
        }
    }

    /// The command that puts an edited set in place, raising its version when answers were
    /// already given under it, so exports can tell which wording an answer saw. `continuing`
    /// is true for the further keystrokes of one run of typing, which share one version.
    pub fn edit_set(&self, target: SetTarget, edited: SignifierSet, continuing: bool) -> Command {
        let answered = self.answers_for(target).any(|a| !a.is_empty());
        Command::ReplaceSet {
            target,
            set: self.set(target).edited(edited, answered && !continuing),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CommandError {
    #[error("no agency with id {0}")]
    NoAgency(Id),
    #[error("no touchpoint with id {0}")]
    NoTouchpoint(Id),
    #[error("no story with id {0}")]
    NoStory(Id),
    #[error("id {0} is already in use")]
    DuplicateId(Id),
    /// The edit would leave the journey invalid (an empty title, a reversed period).
    #[error("{0}")]
    Invalid(crate::validate::ValidationErrors),
}

fn position<T>(items: &[T], id: &Id, key: impl Fn(&T) -> &Id) -> Option<usize> {
    items.iter().position(|x| key(x) == id)
}

fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) -> usize {
    let to = to.min(items.len() - 1);
    let item = items.remove(from);
    items.insert(to, item);
    to
}

impl Command {
    /// Puts a copy of touchpoint `id` right after it, under `new_id`, its title followed by
    /// `suffix` ("(kopie)"): everything else the same, the story link included (it came from
    /// the same interview). `None` when there is no such touchpoint.
    pub fn duplicate_touchpoint(j: &Journey, id: &Id, new_id: Id, suffix: &str) -> Option<Self> {
        let index = j.touchpoint_index(id)?;
        let original = &j.touchpoints[index];
        Some(Command::AddTouchpoint {
            touchpoint: Touchpoint {
                id: new_id,
                title: format!("{} {suffix}", original.title),
                ..original.clone()
            },
            index: index + 1,
        })
    }

    /// Replaces the journey's phases. Touchpoints in a phase that is no longer listed leave
    /// it; one undo brings back both the phase and their place in it.
    pub fn set_phases(j: &Journey, phases: Vec<Phase>) -> Command {
        let gone = |p: &Id| !phases.iter().any(|x| x.id == *p);
        let mut commands: Vec<Command> = j
            .touchpoints
            .iter()
            .filter(|t| t.phase.as_ref().is_some_and(gone))
            .map(|t| {
                let mut out = t.clone();
                out.phase = None;
                Command::UpdateTouchpoint(out)
            })
            .collect();
        commands.push(Command::SetPhases(phases));
        Command::Batch(commands)
    }

    /// Puts `idea` in the journey: in its place when its id is there, at the end otherwise.
    pub fn put_idea(j: &Journey, idea: Idea) -> Command {
        let mut ideas = j.ideas.clone();
        match ideas.iter_mut().find(|i| i.id == idea.id) {
            Some(old) => *old = idea,
            None => ideas.push(idea),
        }
        Command::SetIdeas(ideas)
    }

    /// Takes idea `id` out of the journey.
    pub fn remove_idea(j: &Journey, id: &Id) -> Command {
        Command::SetIdeas(j.ideas.iter().filter(|i| i.id != *id).cloned().collect())
    }

    /// Applies the command and returns the command that undoes it. On error the journey is
    /// unchanged.
    // Long: one arm per command, each small; the inverse of each sits beside its change.
    pub fn apply(self, j: &mut Journey) -> Result<Command, CommandError> {
        use Command::*;
        Ok(match self {
            SetField { field, value } => {
                let old = std::mem::replace(field.get_mut(j), value);
                SetField { field, value: old }
            }
            SetPeriod(p) => SetPeriod(std::mem::replace(&mut j.period, p)),
            SetTags(t) => SetTags(std::mem::replace(&mut j.tags, t)),
            SetClient(c) => SetClient(std::mem::replace(&mut j.persona, c)),
            AddAgency { agency, index } => {
                if j.agency(&agency.id).is_some() {
                    return Err(CommandError::DuplicateId(agency.id));
                }
                let id = agency.id.clone();
                j.agencies.insert(index.min(j.agencies.len()), agency);
                RemoveAgency { id }
            }
            UpdateAgency(agency) => {
                let i = j
                    .agency_index(&agency.id)
                    .ok_or_else(|| CommandError::NoAgency(agency.id.clone()))?;
                UpdateAgency(std::mem::replace(&mut j.agencies[i], agency))
            }
            MoveAgency { id, to } => {
                let from = j
                    .agency_index(&id)
                    .ok_or_else(|| CommandError::NoAgency(id.clone()))?;
                move_item(&mut j.agencies, from, to);
                MoveAgency { id, to: from }
            }
            RemoveAgency { id } => {
                let index = j
                    .agency_index(&id)
                    .ok_or_else(|| CommandError::NoAgency(id.clone()))?;
                // Re-adding in ascending index order puts every touchpoint back where it was.
                let mut restore = Vec::new();
                let mut i = 0;
                while i < j.touchpoints.len() {
                    if j.touchpoints[i].agency == id {
                        let offset = restore.len();
                        restore.push((i + offset, j.touchpoints.remove(i)));
                    } else {
                        i += 1;
                    }
                }
                let agency = j.agencies.remove(index);
                let gone: Vec<Id> = restore.iter().map(|(_, t)| t.id.clone()).collect();
                let mut undo = vec![AddAgency { agency, index }];
                undo.extend(
                    restore
                        .into_iter()
                        .map(|(index, touchpoint)| AddTouchpoint { touchpoint, index }),
                );
                undo.extend(unlink_ideas(j, &gone).map(SetIdeas));
                Batch(undo)
            }
            AddTouchpoint { touchpoint, index } => {
                if j.touchpoint(&touchpoint.id).is_some() {
                    return Err(CommandError::DuplicateId(touchpoint.id));
                }
                check_links(j, &touchpoint)?;
                let id = touchpoint.id.clone();
                j.touchpoints
                    .insert(index.min(j.touchpoints.len()), touchpoint);
                RemoveTouchpoint { id }
            }
            UpdateTouchpoint(touchpoint) => {
                let i = j
                    .touchpoint_index(&touchpoint.id)
                    .ok_or_else(|| CommandError::NoTouchpoint(touchpoint.id.clone()))?;
                check_links(j, &touchpoint)?;
                UpdateTouchpoint(std::mem::replace(&mut j.touchpoints[i], touchpoint))
            }
            MoveTouchpoint { id, to } => {
                let from = j
                    .touchpoint_index(&id)
                    .ok_or_else(|| CommandError::NoTouchpoint(id.clone()))?;
                move_item(&mut j.touchpoints, from, to);
                MoveTouchpoint { id, to: from }
            }
            RemoveTouchpoint { id } => {
                let index = j
                    .touchpoint_index(&id)
                    .ok_or_else(|| CommandError::NoTouchpoint(id.clone()))?;
                let add = AddTouchpoint {
                    touchpoint: j.touchpoints.remove(index),
                    index,
                };
                // Ideas and marks keep pointing only at steps that exist; undo gives the link
                // back.
                let mut undo = vec![add];
                undo.extend(unlink_ideas(j, std::slice::from_ref(&id)).map(SetIdeas));
                undo.extend(unmark(j, &id));
                match undo.len() {
                    1 => undo.remove(0),
                    _ => Batch(undo),
                }
            }
            AddStory { story, index } => {
                if j.story(&story.id).is_some() {
                    return Err(CommandError::DuplicateId(story.id));
                }
                let id = story.id.clone();
                j.stories.insert(index.min(j.stories.len()), story);
                RemoveStory { id }
            }
            UpdateStory(story) => {
                let i = position(&j.stories, &story.id, |s| &s.id)
                    .ok_or_else(|| CommandError::NoStory(story.id.clone()))?;
                UpdateStory(std::mem::replace(&mut j.stories[i], story))
            }
            RemoveStory { id } => {
                let index = position(&j.stories, &id, |s| &s.id)
                    .ok_or_else(|| CommandError::NoStory(id.clone()))?;
                let mut relinks = Vec::new();
                for t in j.touchpoints.iter_mut() {
                    if t.story.as_ref() == Some(&id) {
                        relinks.push(UpdateTouchpoint(t.clone()));
                        t.story = None;
                    }
                }
                let story = j.stories.remove(index);
                let mut undo = vec![AddStory { story, index }];
                undo.extend(relinks);
                Batch(undo)
            }
            SetScript(s) => SetScript(std::mem::replace(&mut j.script, s)),
            SetRetold(r) => SetRetold(std::mem::replace(&mut j.retold, r)),
            SetPhases(p) => SetPhases(std::mem::replace(&mut j.phases, p)),
            SetIdeas(ideas) => {
                check_ideas(j, &ideas)?;
                SetIdeas(std::mem::replace(&mut j.ideas, ideas))
            }
            Replace(mut whole) => {
                whole.id = j.id.clone();
                Replace(Box::new(std::mem::replace(j, *whole)))
            }
            ReplaceSet { target, set } => ReplaceSet {
                target,
                set: std::mem::replace(target.of(j), set),
            },
            Batch(commands) => {
                let mut inverses: Vec<Command> = Vec::with_capacity(commands.len());
                for command in commands {
                    match command.apply(j) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied, so a failed batch changes nothing.
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(j);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Batch(inverses)
            }
        })
    }
}

/// Takes the marks on touchpoint `id` out of every story; the stories as they were, to undo.
fn unmark(j: &mut Journey, id: &Id) -> Vec<Command> {
    let mut before = Vec::new();
    for s in j.stories.iter_mut() {
        if s.marks.iter().any(|m| &m.touchpoint == id) {
            before.push(Command::UpdateStory(s.clone()));
            s.marks.retain(|m| &m.touchpoint != id);
        }
    }
    before
}

/// Takes the touchpoints `gone` out of every idea's evidence; the ideas as they were when any
/// changed.
fn unlink_ideas(j: &mut Journey, gone: &[Id]) -> Option<Vec<Idea>> {
    let linked = |i: &Idea| i.touchpoints.iter().any(|t| gone.contains(t));
    if !j.ideas.iter().any(linked) {
        return None;
    }
    let before = j.ideas.clone();
    for idea in &mut j.ideas {
        idea.touchpoints.retain(|t| !gone.contains(t));
    }
    Some(before)
}

/// Ideas have distinct ids and point only at touchpoints of the journey.
fn check_ideas(j: &Journey, ideas: &[Idea]) -> Result<(), CommandError> {
    let mut seen = std::collections::HashSet::new();
    for idea in ideas {
        if !seen.insert(&idea.id) {
            return Err(CommandError::DuplicateId(idea.id.clone()));
        }
        if let Some(t) = idea.touchpoints.iter().find(|t| j.touchpoint(t).is_none()) {
            return Err(CommandError::NoTouchpoint(t.clone()));
        }
    }
    Ok(())
}

fn check_links(j: &Journey, t: &Touchpoint) -> Result<(), CommandError> {
    if j.agency(&t.agency).is_none() {
        return Err(CommandError::NoAgency(t.agency.clone()));
    }
    if let Some(story) = &t.story
        && j.story(story).is_none()
    {
        return Err(CommandError::NoStory(story.clone()));
    }
    Ok(())
}

/// How many steps back the user can go; older steps are forgotten.
pub const HISTORY_LIMIT: usize = 500;

/// A journey with its undo and redo history.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    journey: Journey,
    undo: Vec<Command>,
    redo: Vec<Command>,
    /// Counts every change, so storage and other tabs can tell versions apart cheaply.
    revision: u64,
    /// The merge key of the last edit, while typing continues in the same field.
    merging: Option<String>,
}

impl Editor {
    pub fn new(journey: Journey) -> Self {
        Self {
            journey,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            merging: None,
        }
    }

    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies an edit. Returns whether anything changed: an edit that changes nothing (the
    /// same text committed again) leaves the history alone.
    pub fn apply(&mut self, command: Command) -> Result<bool, CommandError> {
        self.merging = None;
        self.record(command)
    }

    /// Applies an edit that continues the previous one when `key` is the same (typing in one
    /// field): the whole run of keystrokes is one step of undo, while every keystroke is
    /// applied, and so saved, at once.
    pub fn apply_merging(&mut self, command: Command, key: &str) -> Result<bool, CommandError> {
        if self.merging.as_deref() == Some(key) && self.can_undo() {
            self.apply_valid(command)?;
            self.redo.clear();
            self.revision += 1;
            return Ok(true);
        }
        let changed = self.record(command)?;
        self.merging = changed.then(|| key.to_owned());
        Ok(changed)
    }

    /// Applies a command only if the journey stays valid, so that what the editor holds can
    /// always be stored and read back.
    fn apply_valid(&mut self, command: Command) -> Result<Command, CommandError> {
        let inverse = command.apply(&mut self.journey)?;
        if let Err(errors) = self.journey.validate() {
            let _ = inverse.apply(&mut self.journey);
            return Err(CommandError::Invalid(errors));
        }
        Ok(inverse)
    }

    /// Whether an edit with this merge key would continue the current run of typing.
    pub fn continues(&self, key: &str) -> bool {
        self.merging.as_deref() == Some(key) && self.can_undo()
    }

    fn record(&mut self, command: Command) -> Result<bool, CommandError> {
        let probe = command.clone();
        let inverse = self.apply_valid(command)?;
        if inverse == probe {
            return Ok(false);
        }
        self.undo.push(inverse);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        Ok(true)
    }

    pub fn undo(&mut self) -> bool {
        self.merging = None;
        Self::step(
            &mut self.journey,
            &mut self.undo,
            &mut self.redo,
            &mut self.revision,
        )
    }

    pub fn redo(&mut self) -> bool {
        self.merging = None;
        Self::step(
            &mut self.journey,
            &mut self.redo,
            &mut self.undo,
            &mut self.revision,
        )
    }

    fn step(
        j: &mut Journey,
        from: &mut Vec<Command>,
        to: &mut Vec<Command>,
        rev: &mut u64,
    ) -> bool {
        let Some(command) = from.pop() else {
            return false;
        };
        match command.apply(j) {
            Ok(inverse) => {
                to.push(inverse);
                *rev += 1;
                true
            }
            // The history was built from this very journey, so this cannot happen; dropping
            // the broken step beats a panic in the browser.
            Err(_) => false,
        }
    }

    /// Replaces the journey with a version from elsewhere (another tab saved it). The history
    /// no longer fits that journey, so it is cleared.
    pub fn replace(&mut self, journey: Journey) {
        self.journey = journey;
        self.merging = None;
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples;
    use crate::signifier::QuestionKind;
    use crate::story::Teller;
    use crate::{AgencyKind, Emotion, NaiveDate};

    fn editor() -> Editor {
        Editor::new(examples::jan())
    }

    /// Applies, undoes and redoes `command`, checking the journey at each step.
    fn round_trip(command: Command) -> Journey {
        let mut e = editor();
        let before = e.journey().clone();
        assert!(e.apply(command).unwrap(), "command changed nothing");
        let after = e.journey().clone();
        assert_ne!(before, after);
        assert!(e.undo());
        assert_eq!(e.journey(), &before);
        assert!(e.redo());
        assert_eq!(e.journey(), &after);
        after
    }

    #[test]
    fn a_journey_links_to_a_persona_and_back() {
        let client = crate::journey::Client {
            name: "Mevrouw X".into(),
            situation: String::new(),
            id: Some("p-x".into()),
        };
        let after = round_trip(Command::SetClient(client.clone()));
        assert_eq!(after.persona, client);
    }

    #[test]
    fn the_interview_script_is_edited_like_everything_else() {
        let mut script = examples::jan().script;
        script.opening.nl = "Fijn dat u er bent.".into();
        let j = round_trip(Command::SetScript(script));
        assert_eq!(j.script.opening.nl, "Fijn dat u er bent.");
    }

    #[test]
    fn the_wording_of_the_retold_report_is_edited_like_everything_else() {
        let j = examples::jan();
        let first = crate::retold::compose(&j)[0].steps[0].sentences[0].clone();
        let edits = crate::retold::edited(&j.retold, &first, "In mijn woorden.".into());
        let after = round_trip(Command::SetRetold(edits));
        assert_eq!(after.retold[&first.key].text, "In mijn woorden.");
        assert_eq!(after.retold[&first.key].was, first.source);
    }

    #[test]
    fn replacing_the_whole_journey_keeps_its_id_and_undoes() {
        let mut other = examples::x();
        other.id = "een-ander-id".into();
        let j = round_trip(Command::Replace(Box::new(other.clone())));
        assert_eq!(j.id, examples::jan().id);
        assert_eq!(j.touchpoints, other.touchpoints);
    }

    #[test]
    fn set_field_undoes_and_redoes() {
        let j = round_trip(Command::SetField {
            field: JourneyField::Goal,
            value: "Rust in mijn hoofd".into(),
        });
        assert_eq!(j.goal, "Rust in mijn hoofd");
    }

    #[test]
    fn removing_an_agency_takes_its_touchpoints_and_undo_puts_them_back_in_place() {
        let e = editor();
        let id = e.journey().agencies[1].id.clone();
        let had = e
            .journey()
            .touchpoints
            .iter()
            .filter(|t| t.agency == id)
            .count();
        assert!(
            had >= 2,
            "fixture should have several touchpoints on this lane"
        );
        let j = round_trip(Command::RemoveAgency { id: id.clone() });
        assert!(j.touchpoints.iter().all(|t| t.agency != id));
        assert!(j.agency(&id).is_none());
    }

    #[test]
    fn moving_a_touchpoint_to_another_agency_and_position() {
        let e = editor();
        let mut t = e.journey().touchpoints[0].clone();
        t.agency = e.journey().agencies[2].id.clone();
        let j = round_trip(Command::UpdateTouchpoint(t.clone()));
        assert_eq!(j.touchpoints[0].agency, t.agency);
        let j = round_trip(Command::MoveTouchpoint {
            id: t.id.clone(),
            to: 3,
        });
        assert_eq!(j.touchpoints[3].id, t.id);
    }

    #[test]
    fn a_duplicated_touchpoint_follows_its_original_and_one_undo_takes_it_away() {
        let mut e = editor();
        let original = e.journey().touchpoints[2].clone();
        let copy =
            Command::duplicate_touchpoint(e.journey(), &original.id, Id::new("kopie-1"), "(kopie)")
                .unwrap();
        let j = round_trip(copy.clone());
        assert_eq!(j.touchpoints.len(), examples::jan().touchpoints.len() + 1);
        let made = &j.touchpoints[3];
        assert_eq!(made.id, Id::new("kopie-1"));
        assert_eq!(made.title, format!("{} (kopie)", original.title));
        assert_eq!(
            Touchpoint {
                id: original.id.clone(),
                title: original.title.clone(),
                ..made.clone()
            },
            original
        );
        assert!(e.apply(copy).unwrap());
        assert!(e.undo());
        assert_eq!(e.journey(), &examples::jan());
        assert!(
            Command::duplicate_touchpoint(e.journey(), &Id::new("none"), Id::new("x"), "")
                .is_none()
        );
    }

    #[test]
    fn moving_past_the_end_clamps_to_the_last_place() {
        let j = round_trip(Command::MoveAgency {
            id: examples::jan().agencies[0].id.clone(),
            to: 99,
        });
        assert_eq!(
            j.agencies.last().unwrap().id,
            examples::jan().agencies[0].id
        );
    }

    #[test]
    fn removing_a_story_unlinks_its_touchpoints_and_undo_relinks() {
        let e = editor();
        let story = e.journey().stories[0].id.clone();
        assert!(
            e.journey()
                .touchpoints
                .iter()
                .any(|t| t.story.as_ref() == Some(&story))
        );
        let j = round_trip(Command::RemoveStory { id: story.clone() });
        assert!(
            j.touchpoints
                .iter()
                .all(|t| t.story.as_ref() != Some(&story))
        );
    }

    #[test]
    fn the_period_undoes_and_redoes() {
        let start = NaiveDate::from_ymd_opt(2025, 2, 3);
        let j = round_trip(Command::SetPeriod(Period { start, end: None }));
        assert_eq!(j.period.start, start);
        assert_eq!(j.period.end, None);
    }

    #[test]
    fn an_agency_update_undoes_and_redoes_in_place() {
        let mut agency = editor().journey().agencies[2].clone();
        agency.name = "Schuldhulp Zaanstad".into();
        agency.kind = AgencyKind::Werk;
        let j = round_trip(Command::UpdateAgency(agency.clone()));
        assert_eq!(j.agencies[2], agency);
        // An agency that is not there is refused, and nothing changes.
        let mut e = editor();
        let before = e.journey().clone();
        agency.id = "nergens".into();
        assert!(e.apply(Command::UpdateAgency(agency)).is_err());
        assert_eq!(e.journey(), &before);
    }

    #[test]
    fn adding_and_updating_a_story_undo_and_redo() {
        let story = Story {
            id: "nieuw-verhaal".into(),
            teller: Teller::Volunteer,
            date: NaiveDate::from_ymd_opt(2025, 5, 1),
            title: "Het maatje vertelt".into(),
            text: "We gingen samen naar de gemeente.".into(),
            answers: Default::default(),
            marks: Vec::new(),
        };
        let j = round_trip(Command::AddStory {
            story: story.clone(),
            index: 0,
        });
        assert_eq!(j.stories[0], story);
        let mut told = editor().journey().stories[0].clone();
        told.text = "Een ander verslag".into();
        let j = round_trip(Command::UpdateStory(told.clone()));
        assert_eq!(j.stories[0], told);
        // The same id twice is refused.
        let mut e = editor();
        let twice = Command::AddStory {
            story: e.journey().stories[0].clone(),
            index: 1,
        };
        assert!(e.apply(twice).is_err());
    }

    #[test]
    fn a_touchpoint_on_an_unknown_agency_is_refused_and_changes_nothing() {
        let mut e = editor();
        let before = e.journey().clone();
        let t = Touchpoint::new("nieuw".into(), "nergens".into(), "X");
        assert_eq!(
            e.apply(Command::AddTouchpoint {
                touchpoint: t,
                index: 0
            }),
            Err(CommandError::NoAgency("nergens".into()))
        );
        assert_eq!(e.journey(), &before);
        assert!(!e.can_undo());
    }

    #[test]
    fn a_failing_batch_rolls_back_its_earlier_steps() {
        let mut e = editor();
        let before = e.journey().clone();
        let result = e.apply(Command::Batch(vec![
            Command::SetField {
                field: JourneyField::Title,
                value: "Nieuw".into(),
            },
            Command::RemoveTouchpoint {
                id: "bestaat-niet".into(),
            },
        ]));
        assert!(result.is_err());
        assert_eq!(e.journey(), &before);
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_history_alone() {
        let mut e = editor();
        let title = e.journey().title.clone();
        assert_eq!(
            e.apply(Command::SetField {
                field: JourneyField::Title,
                value: title
            }),
            Ok(false)
        );
        assert!(!e.can_undo());
    }

    #[test]
    fn an_edit_that_would_make_the_journey_invalid_is_refused() {
        let mut e = editor();
        let before = e.journey().clone();
        let result = e.apply(Command::SetField {
            field: JourneyField::Title,
            value: " ".into(),
        });
        match result {
            Err(CommandError::Invalid(errors)) => assert_eq!(errors.0[0].path, "title"),
            other => panic!("{other:?}"),
        }
        assert_eq!(e.journey(), &before);
        assert!(!e.can_undo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut e = editor();
        let a = Agency::new("nieuw".into(), "Huisarts", AgencyKind::Zorg);
        e.apply(Command::AddAgency {
            agency: a,
            index: 9,
        })
        .unwrap();
        e.undo();
        assert!(e.can_redo());
        let mut t = e.journey().touchpoints[0].clone();
        t.emotion = Emotion::new(2).ok();
        e.apply(Command::UpdateTouchpoint(t)).unwrap();
        assert!(!e.can_redo());
    }

    #[test]
    fn a_long_session_of_edits_undoes_to_the_start() {
        let mut e = editor();
        let start = e.journey().clone();
        for i in 0..40 {
            let id = Id::new(format!("a{i}"));
            e.apply(Command::AddAgency {
                agency: Agency::new(id.clone(), format!("A{i}"), AgencyKind::Other),
                index: i % 3,
            })
            .unwrap();
            let t = Touchpoint::new(format!("t{i}").as_str().into(), id.clone(), "x");
            e.apply(Command::AddTouchpoint {
                touchpoint: t,
                index: i * 7 % 5,
            })
            .unwrap();
            if i % 4 == 0 {
                e.apply(Command::RemoveAgency { id }).unwrap();
            }
        }
        while e.undo() {}
        assert_eq!(e.journey(), &start);
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut e = editor();
        let before = e.journey().goal.clone();
        for text in ["R", "Ru", "Rus", "Rust"] {
            let cmd = Command::SetField {
                field: JourneyField::Goal,
                value: text.into(),
            };
            e.apply_merging(cmd, "goal").unwrap();
        }
        let cmd = Command::SetField {
            field: JourneyField::Means,
            value: "Hulp".into(),
        };
        e.apply_merging(cmd, "means").unwrap();
        assert_eq!(e.journey().goal, "Rust");
        assert!(e.undo());
        assert_eq!(e.journey().means, examples::jan().means);
        assert_eq!(e.journey().goal, "Rust");
        assert!(e.undo());
        assert_eq!(e.journey().goal, before);
        // After an undo, typing in the same field again starts a new step.
        e.apply_merging(
            Command::SetField {
                field: JourneyField::Goal,
                value: "X".into(),
            },
            "goal",
        )
        .unwrap();
        assert!(e.undo());
        assert_eq!(e.journey().goal, before);
    }

    #[test]
    fn answers_survive_edits_of_their_set_and_the_version_records_the_edit() {
        use crate::signifier::{Answer, Text};
        let mut e = editor();
        let mut t = e.journey().touchpoints[1].clone();
        t.answers.insert("seen".into(), Answer::Slider(20));
        t.answers
            .insert("focus".into(), Answer::Triad([0.6, 0.3, 0.1]));
        e.apply(Command::UpdateTouchpoint(t.clone())).unwrap();
        let before = e.journey().touchpoint_set.clone();

        // Reword a prompt, move a question, retire another: answers keep their meaning.
        let mut set = before.clone();
        set.questions[1].prompt = Text::new("Ik voelde me behandeld als…", "I felt treated as…");
        set.questions.swap(0, 2);
        let focus = set
            .questions
            .iter_mut()
            .find(|q| q.id.as_str() == "focus")
            .unwrap();
        focus.retired = true;
        let cmd = e.journey().edit_set(SetTarget::Touchpoints, set, false);
        e.apply(cmd).unwrap();

        let j = e.journey();
        assert_eq!(j.touchpoint_set.version, before.version + 1);
        assert_eq!(j.touchpoints[1].answers, t.answers);
        assert!(j.touchpoint_set.asked().all(|q| q.id.as_str() != "focus"));
        assert!(j.validate().is_ok());

        // Deleting a question that has answers would orphan them: refused.
        let mut gone = j.touchpoint_set.clone();
        gone.questions.retain(|q| q.id.as_str() != "seen");
        let cmd = e.journey().edit_set(SetTarget::Touchpoints, gone, false);
        assert!(matches!(e.apply(cmd), Err(CommandError::Invalid(_))));

        // Undo restores the set exactly, version included.
        assert!(e.undo());
        assert_eq!(e.journey().touchpoint_set, before);
    }

    #[test]
    fn retyping_a_prompt_raises_the_version_once_per_run_of_typing() {
        use crate::signifier::Answer;
        let mut e = editor();
        let mut t = e.journey().touchpoints[0].clone();
        t.answers.insert("seen".into(), Answer::Slider(70));
        e.apply(Command::UpdateTouchpoint(t)).unwrap();
        let start = e.journey().touchpoint_set.version;
        for text in ["I", "Ik", "Ik v"] {
            let key = "set:seen:nl";
            let mut set = e.journey().touchpoint_set.clone();
            set.questions[1].prompt.nl = text.into();
            let cmd = e
                .journey()
                .edit_set(SetTarget::Touchpoints, set, e.continues(key));
            e.apply_merging(cmd, key).unwrap();
        }
        assert_eq!(e.journey().touchpoint_set.version, start + 1);
        assert_eq!(e.journey().touchpoint_set.questions[1].prompt.nl, "Ik v");
        assert!(e.undo());
        assert_eq!(e.journey().touchpoint_set.version, start);
    }

    #[test]
    fn taking_out_removes_unanswered_and_retires_answered_questions_and_options() {
        let j = examples::jan();
        let target = SetTarget::Touchpoints;
        let mut set = j.touchpoint_set.clone();
        let (seen, better) = (Id::new("seen"), Id::new("better"));
        assert!(j.is_answered(target, &seen));
        set.take_out(&seen, j.is_answered(target, &seen));
        assert!(set.question(&seen).unwrap().retired);
        // A question nobody answered goes for good.
        let fresh = crate::signifier::NewKind::Choice.question(Id::new("nieuw"), {
            let mut n = 0;
            move || {
                n += 1;
                Id::new(format!("o{n}"))
            }
        });
        set.questions.push(fresh);
        let nieuw = Id::new("nieuw");
        set.take_out(&nieuw, j.is_answered(target, &nieuw));
        assert!(set.question(&nieuw).is_none());
        assert!(j.is_answered(target, &better));

        let (initiative, agency, network) =
            (Id::new("initiative"), Id::new("agency"), Id::new("network"));
        assert!(j.option_chosen(target, &initiative, &agency));
        assert!(!j.option_chosen(target, &initiative, &network));
        set.take_out_option(&initiative, &agency, true);
        set.take_out_option(&initiative, &network, false);
        let QuestionKind::Choice { options, .. } = &set.question(&initiative).unwrap().kind else {
            panic!("not a choice")
        };
        assert!(options.iter().any(|o| o.id == agency && o.retired));
        assert!(options.iter().all(|o| o.id != network));
        // The journey with the edited set is still valid: no answer lost its question.
        let mut e = Editor::new(j.clone());
        let cmd = j.edit_set(target, set, false);
        e.apply(cmd).unwrap();
    }

    #[test]
    fn editing_an_unanswered_set_keeps_its_version() {
        let mut e = Editor::new(Journey::new("j".into(), "T", "P", 0));
        let mut set = e.journey().story_set.clone();
        set.name.nl = "Verhaalvragen".into();
        let cmd = e.journey().edit_set(SetTarget::Stories, set, false);
        e.apply(cmd).unwrap();
        assert_eq!(e.journey().story_set.version, 1);
        assert_eq!(e.journey().story_set.name.nl, "Verhaalvragen");
    }

    #[test]
    fn revision_counts_changes_including_undo() {
        let mut e = editor();
        e.apply(Command::SetTags(vec!["schulden".into()])).unwrap();
        e.undo();
        e.redo();
        assert_eq!(e.revision(), 3);
    }
}
