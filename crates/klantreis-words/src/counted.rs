//! The nouns we count, each with its singular and plural per language.

/// Declares the nouns and the list of them all, so tests can walk every form.
macro_rules! nouns {
    ($($(#[$doc:meta])* $noun:ident,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Counted { $($(#[$doc])* $noun),* }

        impl Counted {
            pub const ALL: &'static [Counted] = &[$(Counted::$noun),*];
        }
    };
}

nouns! {
    Journeys,
    Agencies,
    Touchpoints,
    Stories,
    People,
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
    /// A waiting time, in the unit the client used.
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    /// Changes of the team library not sent yet (the verb agrees with the count).
    WaitingChanges,
}
