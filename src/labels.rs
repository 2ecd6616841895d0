//! The translated name of each domain value, so the domain stays free of UI text.

use crate::i18n::{Lang, Msg};
use klantreis_core::persona::{AgeBand, Quarter};
use klantreis_core::signifier::NewKind;
use klantreis_core::{AgencyKind, Channel, Emotion, Initiative, Teller, WaitUnit, Waiting, World};

pub fn agency_kind(kind: AgencyKind) -> Msg {
    match kind {
        AgencyKind::Gemeente => Msg::KindGemeente,
        AgencyKind::Schuldhulpverlening => Msg::KindSchuldhulpverlening,
        AgencyKind::Vrijwilliger => Msg::KindVrijwilliger,
        AgencyKind::Werk => Msg::KindWerk,
        AgencyKind::Zorg => Msg::KindZorg,
        AgencyKind::Wonen => Msg::KindWonen,
        AgencyKind::Netwerk => Msg::KindNetwerk,
        AgencyKind::Other => Msg::KindOther,
    }
}

pub fn age(band: AgeBand) -> Msg {
    match band {
        AgeBand::Unknown => Msg::AgeUnknown,
        AgeBand::Minor => Msg::AgeMinor,
        AgeBand::Young => Msg::AgeYoung,
        AgeBand::Adult => Msg::AgeAdult,
        AgeBand::Middle => Msg::AgeMiddle,
        AgeBand::Retired => Msg::AgeRetired,
    }
}

pub fn quarter(q: Quarter) -> Msg {
    match q {
        Quarter::Says => Msg::EmpathySays,
        Quarter::Thinks => Msg::EmpathyThinks,
        Quarter::Does => Msg::EmpathyDoes,
        Quarter::Feels => Msg::EmpathyFeels,
        Quarter::Pains => Msg::EmpathyPains,
        Quarter::Gains => Msg::EmpathyGains,
    }
}

pub fn mark_kind(kind: klantreis_core::MarkKind) -> Msg {
    use klantreis_core::MarkKind;
    match kind {
        MarkKind::Touchpoint => Msg::MarkKindTouchpoint,
        MarkKind::Quote => Msg::MarkKindQuote,
        MarkKind::PainPoint => Msg::MarkKindPainPoint,
        MarkKind::Opportunity => Msg::MarkKindOpportunity,
        MarkKind::Feeling => Msg::MarkKindFeeling,
        MarkKind::Waiting => Msg::MarkKindWaiting,
    }
}

pub fn channel(channel: &Channel) -> Msg {
    match channel {
        Channel::Balie => Msg::ChannelBalie,
        Channel::Telefoon => Msg::ChannelTelefoon,
        Channel::Brief => Msg::ChannelBrief,
        Channel::Email => Msg::ChannelEmail,
        Channel::Website => Msg::ChannelWebsite,
        Channel::Formulier => Msg::ChannelFormulier,
        Channel::Huisbezoek => Msg::ChannelHuisbezoek,
        Channel::Other(_) => Msg::ChannelOtherOption,
    }
}

pub fn initiative(i: Initiative) -> Msg {
    match i {
        Initiative::Client => Msg::InitiativeClient,
        Initiative::Agency => Msg::InitiativeAgency,
        Initiative::Network => Msg::InitiativeNetwork,
        Initiative::Professional => Msg::InitiativeProfessional,
    }
}

pub fn world(w: World) -> Msg {
    match w {
        World::Leefwereld => Msg::Leefwereld,
        World::Systeemwereld => Msg::Systeemwereld,
    }
}

/// A waiting time as the client said it, in their unit: "3 weken", "1 uur".
pub fn waiting(w: Waiting, lang: Lang) -> String {
    klantreis_core::export::table::waiting_text(w, lang)
}

pub fn wait_unit(u: WaitUnit) -> Msg {
    match u {
        WaitUnit::Minutes => Msg::UnitMinutes,
        WaitUnit::Hours => Msg::UnitHours,
        WaitUnit::Days => Msg::UnitDays,
        WaitUnit::Weeks => Msg::UnitWeeks,
        WaitUnit::Months => Msg::UnitMonths,
    }
}

pub fn emotion(e: Option<Emotion>) -> Msg {
    match e.map(Emotion::value) {
        Some(-2) => Msg::EmotionM2,
        Some(-1) => Msg::EmotionM1,
        Some(0) => Msg::Emotion0,
        Some(1) => Msg::EmotionP1,
        Some(2) => Msg::EmotionP2,
        _ => Msg::EmotionNone,
    }
}

/// Whose words a sentence of the gekanteld verslag is.
pub fn retold_voice(v: klantreis_core::retold::Voice) -> Msg {
    use klantreis_core::retold::Voice;
    match v {
        Voice::Own => Msg::RetoldOwn,
        Voice::Happened => Msg::RetoldHappened,
        Voice::Pain => Msg::RetoldPain,
    }
}

pub fn teller(t: Teller) -> Msg {
    match t {
        Teller::Client => Msg::TellerClient,
        Teller::Professional => Msg::TellerProfessional,
        Teller::Volunteer => Msg::TellerVolunteer,
    }
}

/// A date as readers of the language write it (25-11-2026 in Dutch). Not chrono's `format`:
/// it brings its whole strftime machinery into the wasm bundle for one pattern per language.
pub fn date(d: klantreis_core::NaiveDate, lang: Lang) -> String {
    use klantreis_core::Datelike;
    lang.date(d.year(), d.month(), d.day())
}

/// The name of a kind of signifier question.
pub fn kind(kind: NewKind) -> Msg {
    match kind {
        NewKind::Triad => Msg::KindTriad,
        NewKind::Slider => Msg::KindSlider,
        NewKind::Emotion => Msg::KindEmotionQ,
        NewKind::Choice => Msg::KindChoice,
        NewKind::FreeText => Msg::KindFreeText,
    }
}
