//! The form that sets one selection: period, source, tag, agency, channel, world, teller,
//! moment of truth, persona and a triad answer zone. Every control is a labelled native input.

use crate::components::field::{DateField, SelectField};
use crate::i18n::{Counted, Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::patterns::PatternsStore;
use klantreis_core::patterns::figure;
use klantreis_core::patterns::selection::AnswerIs;
use klantreis_core::patterns::{Selection, Source};
use klantreis_core::{Channel, Teller, World};
use leptos::prelude::*;

fn any(lang: Lang) -> (String, String) {
    (String::new(), lang.text(Msg::AnyValue).to_owned())
}

#[component]
pub fn SelectionForm(
    selection: RwSignal<Selection>,
    title: Msg,
    items: Memo<Vec<usize>>,
) -> impl IntoView {
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let pool = store.pool.get_value();
    let agencies = pool.distinct(|i| i.agency.as_deref());
    let channels = pool.distinct(|i| i.channel.as_deref());
    let phases = pool.distinct(|i| i.phase.as_deref());
    let phased = !phases.is_empty();
    let tags = pool.tags();
    let text_options = move |values| text_options(lang, values);
    let fixed = move |pairs| fixed_options(lang, pairs);
    let channel_options = channel_options(lang, channels);
    let set = move |f| setter(selection, f);
    let value = move |f| getter(selection, f);
    view! {
        <fieldset class="selection-form">
            <legend>{text(title)}</legend>
            <p class="selection-count" aria-live="polite">
                {move || lang.get().count(Counted::Answered, items.with(Vec::len))}
            </p>
            <div class="selection-grid">
                <DateField label=Msg::FilterFrom value=Signal::derive(move || selection.with(|s| s.from))
                    on_change=Callback::new(move |d| selection.update(|s| s.from = d))/>
                <DateField label=Msg::FilterTo value=Signal::derive(move || selection.with(|s| s.to))
                    on_change=Callback::new(move |d| selection.update(|s| s.to = d))/>
                <SelectField label=Msg::FilterSource
                    options=Signal::derive(move || {
                        let language = lang.get();
                        vec![
                            (String::new(), language.text(Msg::SourceBoth).to_owned()),
                            ("touchpoint".into(), language.text(Msg::SourceTouchpoints).to_owned()),
                            ("story".into(), language.text(Msg::SourceStories).to_owned()),
                        ]
                    })
                    value=value(|s| match s.source { None => String::new(), Some(Source::Touchpoint) => "touchpoint".into(), Some(Source::Story) => "story".into() })
                    on_change=set(|s, v| s.source = match v.as_str() { "touchpoint" => Some(Source::Touchpoint), "story" => Some(Source::Story), _ => None })/>
                <SelectField label=Msg::FilterTag options=text_options(tags)
                    value=value(|s| s.tag.clone().unwrap_or_default())
                    on_change=set(|s, v| s.tag = (!v.is_empty()).then_some(v))/>
                <SelectField label=Msg::FilterAgency options=text_options(agencies)
                    value=value(|s| s.agency.clone().unwrap_or_default())
                    on_change=set(|s, v| s.agency = (!v.is_empty()).then_some(v))/>
                <SelectField label=Msg::FilterChannel options=channel_options
                    value=value(|s| s.channel.clone().unwrap_or_default())
                    on_change=set(|s, v| s.channel = (!v.is_empty()).then_some(v))/>
                {phased.then(|| view! {
                    <SelectField label=Msg::Phase options=text_options(phases)
                        value=value(|s| s.phase.clone().unwrap_or_default())
                        on_change=set(|s, v| s.phase = (!v.is_empty()).then_some(v))/>
                })}
                <SelectField label=Msg::FilterWorld
                    options=fixed(vec![(World::Leefwereld.key(), labels::world(World::Leefwereld)), (World::Systeemwereld.key(), labels::world(World::Systeemwereld))])
                    value=value(|s| s.world.map(|w| w.key().to_owned()).unwrap_or_default())
                    on_change=set(|s, v| s.world = World::from_key(&v))/>
                <WhoFilters selection=selection/>
            </div>
            <button type="button" class="button button-quiet" disabled=move || selection.with(Selection::is_all)
                on:click=move |_| selection.set(Selection::default())>
                {text(Msg::ClearSelection)}
            </button>
        </fieldset>
    }
}

/// The filters on who told and how: teller, moment of truth, persona, workshop, group, and
/// one answer.
#[component]
fn WhoFilters(selection: RwSignal<Selection>) -> impl IntoView {
    let store = expect_context::<PatternsStore>();
    let lang = use_i18n().lang;
    let pool = store.pool.get_value();
    let personas = pool.journey_values(|j| Some(j.persona.as_str()).filter(|p| !p.is_empty()));
    let workshops = pool.journey_values(|j| j.workshop.as_deref());
    let groups = pool.journey_values(|j| j.group.as_deref());
    let pool_q = store.pool;
    let answer_options = move || {
        let language = lang.get();
        let mut out = vec![any(language)];
        out.extend(
            figure::answer_choices(&pool_q.get_value(), language)
                .into_iter()
                .map(|(a, label)| (a.key(), label)),
        );
        out
    };
    let text_options = move |values| text_options(lang, values);
    let fixed = move |pairs| fixed_options(lang, pairs);
    let set = move |f| setter(selection, f);
    let value = move |f| getter(selection, f);
    view! {
        <SelectField label=Msg::FilterTeller
            options=fixed(Teller::ALL.iter().map(|t| (t.key(), labels::teller(*t))).collect())
            value=value(|s| s.teller.map(|t| t.key().to_owned()).unwrap_or_default())
            on_change=set(|s, v| s.teller = Teller::from_key(&v))/>
        <SelectField label=Msg::FilterTruth
            options=fixed(vec![("ja", Msg::YesValue), ("nee", Msg::NoValue)])
            value=value(|s| match s.moment_of_truth { None => String::new(), Some(true) => "ja".into(), Some(false) => "nee".into() })
            on_change=set(|s, v| s.moment_of_truth = match v.as_str() { "ja" => Some(true), "nee" => Some(false), _ => None })/>
        <SelectField label=Msg::FilterPersona options=text_options(personas)
            value=value(|s| s.persona.clone().unwrap_or_default())
            on_change=set(|s, v| s.persona = (!v.is_empty()).then_some(v))/>
        <SelectField label=Msg::Workshop options=text_options(workshops)
            value=value(|s| s.workshop.clone().unwrap_or_default())
            on_change=set(|s, v| s.workshop = (!v.is_empty()).then_some(v))/>
        <SelectField label=Msg::FilterGroup options=text_options(groups)
            value=value(|s| s.group.clone().unwrap_or_default())
            on_change=set(|s, v| s.group = (!v.is_empty()).then_some(v))/>
        <SelectField label=Msg::FilterAnswer class="field-wide" options=Signal::derive(answer_options)
            value=value(|s| s.answer.map(AnswerIs::key).unwrap_or_default())
            on_change=set(|s, v| s.answer = AnswerIs::from_key(&v))/>
    }
}

/// "Any", then each value as it is written.
fn text_options(lang: RwSignal<Lang>, values: Vec<String>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let mut out = vec![any(lang.get())];
        out.extend(values.iter().map(|v| (v.clone(), v.clone())));
        out
    })
}

/// "Any", then each key with its word in the language.
fn fixed_options(
    lang: RwSignal<Lang>,
    pairs: Vec<(&'static str, Msg)>,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let language = lang.get();
        let mut out = vec![any(language)];
        out.extend(
            pairs
                .iter()
                .map(|(k, m)| ((*k).to_owned(), language.text(*m).to_owned())),
        );
        out
    })
}

/// "Any", then the channels met in the pool: ours by their name, the user's own as written.
fn channel_options(lang: RwSignal<Lang>, channels: Vec<String>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let language = lang.get();
        let mut out = vec![any(language)];
        out.extend(channels.iter().map(|c| {
            let label = Channel::FIXED.iter().find(|f| f.key() == c).map_or_else(
                || c.clone(),
                |f| language.text(labels::channel(f)).to_owned(),
            );
            (c.clone(), label)
        }));
        out
    })
}

/// A select's change written into the selection by `f`.
fn setter(selection: RwSignal<Selection>, f: fn(&mut Selection, String)) -> Callback<String> {
    Callback::new(move |v: String| selection.update(|s| f(s, v)))
}

/// A select's value read from the selection by `f`.
fn getter(selection: RwSignal<Selection>, f: fn(&Selection) -> String) -> Signal<String> {
    Signal::derive(move || selection.with(f))
}
