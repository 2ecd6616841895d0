//! The seven belevingsprincipes of the VNG Klantreizen method (snel, persoonlijk, betrokken,
//! eenvoudig, relevant, transparant, consistent): per touchpoint each is kept, broken or not
//! judged. Counted per step they make the map's hartslag lane.

use klantreis_words::Msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Principle {
    Snel,
    Persoonlijk,
    Betrokken,
    Eenvoudig,
    Relevant,
    Transparant,
    Consistent,
}

impl Principle {
    pub const ALL: [Principle; 7] = [
        Self::Snel,
        Self::Persoonlijk,
        Self::Betrokken,
        Self::Eenvoudig,
        Self::Relevant,
        Self::Transparant,
        Self::Consistent,
    ];

    /// The principle's name, in the user's language.
    pub fn msg(self) -> Msg {
        match self {
            Self::Snel => Msg::PrincipleSnel,
            Self::Persoonlijk => Msg::PrinciplePersoonlijk,
            Self::Betrokken => Msg::PrincipleBetrokken,
            Self::Eenvoudig => Msg::PrincipleEenvoudig,
            Self::Relevant => Msg::PrincipleRelevant,
            Self::Transparant => Msg::PrincipleTransparant,
            Self::Consistent => Msg::PrincipleConsistent,
        }
    }
}

/// A principle judged for one touchpoint; not judged is no entry at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    Kept,
    Broken,
}

/// A touchpoint's judged principles.
pub type Principles = BTreeMap<Principle, Judgement>;

/// The hartslag of one step: how many principles were kept and how many broken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Heartbeat {
    pub kept: usize,
    pub broken: usize,
}

impl Heartbeat {
    pub fn of(principles: &Principles) -> Heartbeat {
        principles
            .values()
            .fold(Heartbeat::default(), |h, j| match j {
                Judgement::Kept => Heartbeat {
                    kept: h.kept + 1,
                    ..h
                },
                Judgement::Broken => Heartbeat {
                    broken: h.broken + 1,
                    ..h
                },
            })
    }

    pub fn is_empty(&self) -> bool {
        self.kept == 0 && self.broken == 0
    }
}

/// The principles with judgement `which`, in the method's order.
pub fn judged(principles: &Principles, which: Judgement) -> Vec<Principle> {
    Principle::ALL
        .into_iter()
        .filter(|p| principles.get(p) == Some(&which))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heartbeat_counts_kept_and_broken_and_ignores_the_unjudged() {
        let mut p = Principles::new();
        assert!(Heartbeat::of(&p).is_empty());
        p.insert(Principle::Snel, Judgement::Broken);
        p.insert(Principle::Persoonlijk, Judgement::Kept);
        p.insert(Principle::Transparant, Judgement::Broken);
        assert_eq!(Heartbeat::of(&p), Heartbeat { kept: 1, broken: 2 });
        assert_eq!(
            judged(&p, Judgement::Broken),
            [Principle::Snel, Principle::Transparant]
        );
    }

    #[test]
    fn principles_are_stored_by_their_dutch_names() {
        let mut p = Principles::new();
        p.insert(Principle::Eenvoudig, Judgement::Kept);
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"eenvoudig":"kept"}"#
        );
        assert!(serde_json::from_str::<Principles>(r#"{"snelheid":"kept"}"#).is_err());
    }
}
