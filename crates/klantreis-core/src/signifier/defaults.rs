//! The default signifier sets, for touchpoints and for stories, in Dutch and English.

use super::set::{ChoiceOption, Question, QuestionKind, SignifierSet, Text};
use crate::id::Id;

/// The id of the default touchpoint set. Shared by every journey that uses it, so their
/// answers can be pooled question by question.
pub const DEFAULT_SET_ID: &str = "klantreis-standaard";

fn question(id: &str, nl: &str, en: &str, kind: QuestionKind) -> Question {
    Question {
        id: Id::new(id),
        prompt: Text::new(nl, en),
        kind,
        retired: false,
    }
}

fn option(id: &str, nl: &str, en: &str) -> ChoiceOption {
    ChoiceOption {
        id: Id::new(id),
        label: Text::new(nl, en),
        retired: false,
    }
}

/// The id of the default story set.
pub const DEFAULT_STORY_SET_ID: &str = "klantreis-verhaal";

/// The default set for stories: the questions of [`default_set`] with the same ids, worded
/// for a whole story told at the vertelpunt rather than for one contact.
pub fn default_story_set() -> SignifierSet {
    let mut set = default_set();
    set.id = Id::new(DEFAULT_STORY_SET_ID);
    set.name = Text::new("Duidingsvragen bij verhalen", "Story signifiers");
    let reword = [
        (
            "focus",
            "In mijn verhaal ging het vooral om…",
            "My story was mostly about…",
        ),
        ("seen", "Ik voelde me…", "I felt…"),
        (
            "grip",
            "Door wat ik meemaakte, heb ik nu…",
            "Because of what happened, I now have…",
        ),
        (
            "stress",
            "Wat ik meemaakte, gaf me…",
            "What happened gave me…",
        ),
        (
            "feeling",
            "Hoe kijkt u terug op wat u vertelde?",
            "How do you look back on what you told?",
        ),
        (
            "initiative",
            "Wie nam meestal het initiatief?",
            "Who mostly took the initiative?",
        ),
        (
            "better",
            "Wat had het voor u beter gemaakt?",
            "What would have made it better for you?",
        ),
    ];
    for (id, nl, en) in reword {
        if let Some(q) = set.questions.iter_mut().find(|q| q.id.as_str() == id) {
            q.prompt = Text::new(nl, en);
        }
    }
    set
}

/// The default touchpoint set (context, feeling, grip, stress, emotion, initiative, what would
/// have helped): a sensible start that a facilitator can edit.
// Long: data, the default questions written out as the workshop hands them out.
pub fn default_set() -> SignifierSet {
    SignifierSet {
        id: Id::new(DEFAULT_SET_ID),
        version: 1,
        name: Text::new("Standaard duidingsvragen", "Default signifiers"),
        questions: vec![
            question(
                "focus",
                "In dit contact ging het vooral om…",
                "This contact was mostly about…",
                QuestionKind::Triad {
                    poles: [
                        Text::new("de regels en procedures", "the rules and procedures"),
                        Text::new(
                            "mijn eigen situatie en wat ik nodig had",
                            "my own situation and what I needed",
                        ),
                        Text::new("de mensen die mij hielpen", "the people who helped me"),
                    ],
                },
            ),
            question(
                "seen",
                "Ik voelde me…",
                "I felt…",
                QuestionKind::Slider {
                    left: Text::new("een nummer, een geval", "a number, a case"),
                    right: Text::new("gehoord en gezien als mens", "heard and seen as a person"),
                },
            ),
            question(
                "grip",
                "Na dit contact had ik…",
                "After this contact I had…",
                QuestionKind::Slider {
                    left: Text::new("minder grip op mijn situatie", "less grip on my situation"),
                    right: Text::new("meer grip", "more grip"),
                },
            ),
            question(
                "stress",
                "Dit contact gaf me…",
                "This contact gave me…",
                QuestionKind::Slider {
                    left: Text::new("meer stress", "more stress"),
                    right: Text::new("minder stress", "less stress"),
                },
            ),
            question(
                "feeling",
                "Hoe voelde dit contact?",
                "How did this contact feel?",
                QuestionKind::Emotion,
            ),
            question(
                "initiative",
                "Wie nam het initiatief?",
                "Who took the initiative?",
                QuestionKind::Choice {
                    multiple: false,
                    options: vec![
                        option("self", "ik zelf", "I did"),
                        option("agency", "de instantie", "the agency"),
                        option(
                            "network",
                            "iemand uit mijn netwerk",
                            "someone in my network",
                        ),
                        option("professional", "een hulpverlener", "a professional"),
                    ],
                },
            ),
            question(
                "better",
                "Wat had dit contact beter gemaakt?",
                "What would have made this contact better?",
                QuestionKind::FreeText,
            ),
        ],
    }
}
