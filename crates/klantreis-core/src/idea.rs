//! From opportunity to solution: ideas (ideeën) that answer a journey's opportunities (kansen),
//! scored on impact and effort for the priority matrix, with the touchpoints and pain points
//! they answer as their evidence.

use crate::id::Id;
use klantreis_words::Msg;
use serde::{Deserialize, Serialize};

/// An idea for a better journey (schema 7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Idea {
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub impact: Score,
    #[serde(default)]
    pub effort: Score,
    /// Who takes it forward (a role or a team, not necessarily a person).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default)]
    pub status: Status,
    /// The opportunity (kans) it answers, as worded on a touchpoint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub opportunity: String,
    /// The touchpoints it answers: its evidence on the map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub touchpoints: Vec<Id>,
    /// The pain points it answers, as worded on those touchpoints.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pain_points: Vec<String>,
}

impl Idea {
    /// A new idea, scored in the middle, not yet linked to an opportunity or touchpoint.
    pub fn new(id: Id, title: impl Into<String>) -> Idea {
        Idea {
            id,
            title: title.into(),
            description: String::new(),
            impact: Score::default(),
            effort: Score::default(),
            owner: String::new(),
            status: Status::default(),
            opportunity: String::new(),
            touchpoints: Vec::new(),
            pain_points: Vec::new(),
        }
    }

    /// Where the idea falls in the priority matrix.
    pub fn quadrant(&self) -> Quadrant {
        Quadrant::of(self.impact, self.effort)
    }
}

/// A score from 1 (low) to 5 (high); 3 until someone scores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Score(u8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} is outside 1..5")]
pub struct ScoreOutOfRange(pub i64);

impl Score {
    pub const ALL: [Score; 5] = [Score(1), Score(2), Score(3), Score(4), Score(5)];

    pub fn new(value: i64) -> Result<Score, ScoreOutOfRange> {
        u8::try_from(value)
            .ok()
            .filter(|v| (1..=5).contains(v))
            .map(Score)
            .ok_or(ScoreOutOfRange(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl Default for Score {
    fn default() -> Self {
        Score(3)
    }
}

impl TryFrom<i64> for Score {
    type Error = ScoreOutOfRange;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Score> for u8 {
    fn from(value: Score) -> Self {
        value.0
    }
}

/// How far an idea has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Idee,
    Gekozen,
    InUitvoering,
    Gedaan,
    Afgewezen,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Self::Idee,
        Self::Gekozen,
        Self::InUitvoering,
        Self::Gedaan,
        Self::Afgewezen,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Idee => "idee",
            Self::Gekozen => "gekozen",
            Self::InUitvoering => "in_uitvoering",
            Self::Gedaan => "gedaan",
            Self::Afgewezen => "afgewezen",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Idee => Msg::IdeaStatusIdee,
            Self::Gekozen => Msg::IdeaStatusGekozen,
            Self::InUitvoering => Msg::IdeaStatusInUitvoering,
            Self::Gedaan => Msg::IdeaStatusGedaan,
            Self::Afgewezen => Msg::IdeaStatusAfgewezen,
        }
    }
}

/// The four quarters of the impact × effort matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High impact, little effort: do these first.
    QuickWin,
    BigBet,
    FillIn,
    MoneyPit,
}

impl Quadrant {
    /// The quarter of a cell: 3 and up counts as high.
    pub fn of(impact: Score, effort: Score) -> Quadrant {
        match (impact.0 >= 3, effort.0 >= 3) {
            (true, false) => Quadrant::QuickWin,
            (true, true) => Quadrant::BigBet,
            (false, false) => Quadrant::FillIn,
            (false, true) => Quadrant::MoneyPit,
        }
    }

    /// A name for styles.
    pub fn key(self) -> &'static str {
        match self {
            Self::QuickWin => "quick",
            Self::BigBet => "big",
            Self::FillIn => "fill",
            Self::MoneyPit => "pit",
        }
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::QuickWin => Msg::QuadrantQuickWin,
            Self::BigBet => Msg::QuadrantBigBet,
            Self::FillIn => Msg::QuadrantFillIn,
            Self::MoneyPit => Msg::QuadrantMoneyPit,
        }
    }
}

/// The matrix's cells: for impact 5 down to 1 (rows) and effort 1 up to 5 (columns), the
/// positions in `ideas` of the ideas scored so. Rejected ideas stay out.
pub fn matrix(ideas: &[Idea]) -> [[Vec<usize>; 5]; 5] {
    let mut cells: [[Vec<usize>; 5]; 5] = Default::default();
    for (i, idea) in ideas.iter().enumerate() {
        if idea.status != Status::Afgewezen {
            let row = 5 - usize::from(idea.impact.0);
            let column = usize::from(idea.effort.0) - 1;
            cells[row][column].push(i);
        }
    }
    cells
}

/// The ideas in the order a team works through them: quick wins first, then by impact (high
/// first) and effort (low first); rejected ones last.
pub fn ranked(ideas: &[Idea]) -> Vec<&Idea> {
    let mut out: Vec<&Idea> = ideas.iter().collect();
    out.sort_by_key(|i| {
        (
            i.status == Status::Afgewezen,
            std::cmp::Reverse(i.impact),
            i.effort,
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea(id: &str, impact: i64, effort: i64) -> Idea {
        Idea {
            impact: Score::new(impact).unwrap(),
            effort: Score::new(effort).unwrap(),
            ..Idea::new(Id::new(id), id)
        }
    }

    #[test]
    fn scores_outside_one_to_five_are_refused_when_read() {
        assert!(Score::new(0).is_err() && Score::new(6).is_err() && Score::new(-1).is_err());
        let bad = r#"{"id":"a","title":"a","impact":9}"#;
        let err = serde_json::from_str::<Idea>(bad).unwrap_err().to_string();
        assert!(err.contains("9 is outside 1..5"), "{err}");
        let read: Idea = serde_json::from_str(r#"{"id":"a","title":"a"}"#).unwrap();
        assert_eq!((read.impact.value(), read.effort.value()), (3, 3));
        assert_eq!(read.status, Status::Idee);
    }

    #[test]
    fn the_matrix_puts_high_impact_on_top_and_little_effort_left() {
        let mut rejected = idea("weg", 5, 1);
        rejected.status = Status::Afgewezen;
        let ideas = [idea("a", 5, 1), idea("b", 1, 5), idea("c", 5, 1), rejected];
        let m = matrix(&ideas);
        assert_eq!(m[0][0], [0, 2]);
        assert_eq!(m[4][4], [1]);
        assert_eq!(m.iter().flatten().map(Vec::len).sum::<usize>(), 3);
        assert_eq!(ideas[0].quadrant(), Quadrant::QuickWin);
        assert_eq!(ideas[1].quadrant(), Quadrant::MoneyPit);
        assert_eq!(idea("d", 4, 4).quadrant(), Quadrant::BigBet);
        assert_eq!(idea("e", 2, 2).quadrant(), Quadrant::FillIn);
    }

    #[test]
    fn ranking_puts_quick_wins_first_and_rejected_last() {
        let mut rejected = idea("weg", 5, 1);
        rejected.status = Status::Afgewezen;
        let ideas = [
            idea("laag", 2, 1),
            rejected,
            idea("groot", 5, 4),
            idea("snel", 5, 1),
        ];
        let order: Vec<&str> = ranked(&ideas).iter().map(|i| i.title.as_str()).collect();
        assert_eq!(order, ["snel", "groot", "laag", "weg"]);
    }
}
