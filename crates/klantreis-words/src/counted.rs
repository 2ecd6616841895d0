//! The nouns we count, each with its singular and plural per language.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counted {
    Journeys,
    Touchpoints,
    Stories,
    /// Touchpoints and stories together, as the patterns page pools them.
    Answered,
    Workshops,
    PainPoints,
    Opportunities,
    /// Places in a file where unreadable bytes were replaced.
    Places,
    ControlCharacters,
    Characters,
    Items,
    Answers,
}
