//! Every word Klantreis shows or writes, in Dutch (default) and English: the one i18n layer
//! for the app, its figures and its exports.
//!
//! A typed table rather than a translation crate. Each language is one file whose `match`
//! covers every [`Msg`] and every [`Counted`] noun, so a missing translation fails the build;
//! plurals follow the language's CLDR rule, numbers its decimal mark, dates its order. We
//! measured the alternatives for ~450 short strings: `fluent-bundle` 0.16 with its parser and
//! plural rules adds 122 KB of wasm after `wasm-opt -Oz` (59 KB gzipped) to a probe crate,
//! and turns a missing key into a run-time fallback; `leptos_i18n` brings a build-script code
//! generator and ICU data into every build on a 2-core machine. This table
//! costs only the strings themselves and a match per language.
//!
//! A third language: copy `en.rs` to `xx.rs`, translate, then add `Lang::Xx` with its file in
//! [`Lang::ALL`] and [`Lang::words`]. Nothing else changes; the language switch lists it.

mod counted;
mod en;
mod msg;
mod nl;

pub use counted::Counted;
pub use msg::Msg;

/// A language of the interface and of everything exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// The CLDR plural category a count falls in. Dutch and English use only `One` and `Other`;
/// the others are here so a language that needs them (Polish, Arabic) fits in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The forms of a counted noun phrase, each a template with `{0}` for the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forms {
    pub one: &'static str,
    pub other: &'static str,
    /// Only for languages whose rule yields `Few` or `Many`; `other` when absent.
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
}

impl Forms {
    /// The forms of a language with one and other only.
    pub const fn two(one: &'static str, other: &'static str) -> Forms {
        Forms {
            one,
            other,
            few: None,
            many: None,
        }
    }

    fn pick(self, plural: Plural) -> &'static str {
        match plural {
            Plural::One => self.one,
            Plural::Few => self.few.unwrap_or(self.other),
            Plural::Many => self.many.unwrap_or(self.other),
            Plural::Zero | Plural::Two | Plural::Other => self.other,
        }
    }
}

/// What one language file provides.
pub(crate) struct Words {
    pub code: &'static str,
    /// The language's own name, as the switch shows it.
    pub name: &'static str,
    /// "Switch to <this language>", written in this language.
    pub switch_to: &'static str,
    pub decimal: char,
    pub text: fn(Msg) -> &'static str,
    pub counted: fn(Counted) -> Forms,
    pub plural: fn(u64) -> Plural,
    pub date: fn(i32, u32, u32) -> String,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    fn words(self) -> &'static Words {
        match self {
            Lang::Nl => &nl::WORDS,
            Lang::En => &en::WORDS,
        }
    }

    /// The BCP 47 code, for `<html lang>` and the stored preference.
    pub fn code(self) -> &'static str {
        self.words().code
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself ("Nederlands", "English").
    pub fn name(self) -> &'static str {
        self.words().name
    }

    /// The label of the button that switches to this language, in this language.
    pub fn switch_to(self) -> &'static str {
        self.words().switch_to
    }

    /// Whether texts the user wrote in Dutch and English (signifier sets) are read in their
    /// English version: every language but Dutch, since English is the shared second one.
    pub fn reads_english(self) -> bool {
        self != Lang::Nl
    }

    pub fn text(self, msg: Msg) -> &'static str {
        (self.words().text)(msg)
    }

    /// The message with `{0}`, `{1}`… filled from `args`.
    pub fn text_with(self, msg: Msg, args: &[String]) -> String {
        fill_in(self.text(msg), args)
    }

    pub fn plural(self, n: u64) -> Plural {
        (self.words().plural)(n)
    }

    /// A count with its noun in the right form: "1 knelpunt", "2 knelpunten".
    pub fn count(self, what: Counted, n: usize) -> String {
        let n = n as u64;
        let template = (self.words().counted)(what).pick(self.plural(n));
        fill_in(template, &[n.to_string()])
    }

    /// A number as text, at most four decimals, with the language's decimal mark. Tiny values
    /// (p-values) keep their size instead of rounding to 0.
    pub fn number(self, value: f64) -> String {
        let text = if value != 0.0 && value.abs() < 1e-4 {
            format!("{value:.2e}")
        } else {
            let text = format!("{value:.4}");
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        self.decimal_mark(&text)
    }

    /// A number with exactly `decimals` decimals, with the language's decimal mark.
    pub fn fixed(self, value: f64, decimals: usize) -> String {
        self.decimal_mark(&format!("{value:.decimals$}"))
    }

    fn decimal_mark(self, text: &str) -> String {
        match self.words().decimal {
            '.' => text.to_owned(),
            mark => text.replace('.', &mark.to_string()),
        }
    }

    /// A calendar date as readers of the language write it.
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        (self.words().date)(year, month, day)
    }
}

/// A value to fill into a message that is worded again whenever the language changes: a
/// notice made in Dutch reads "3 plaatsen", and "3 places" after a switch to English.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Count(Counted, usize),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl Lang {
    /// The message with `{0}`, `{1}`… filled from `args`, each worded in this language.
    pub fn text_args(self, msg: Msg, args: &[Arg]) -> String {
        let args: Vec<String> = args
            .iter()
            .map(|a| match a {
                Arg::Text(text) => text.clone(),
                Arg::Count(what, n) => self.count(*what, *n),
            })
            .collect();
        self.text_with(msg, &args)
    }
}

/// Fills `{0}`, `{1}`… in a template.
pub fn fill_in(template: &str, args: &[String]) -> String {
    let mut out = template.to_owned();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

/// The CLDR rule of Dutch, English, German, Frisian and most of their neighbours: "one" for
/// exactly 1 (integers only here, since we count things).
pub(crate) fn one_or_other(n: u64) -> Plural {
    if n == 1 { Plural::One } else { Plural::Other }
}
