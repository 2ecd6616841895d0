//! Every field of one touchpoint in the side panel: title, time, agency, channel, world, emotion,
//! quote, pain points, opportunities, and its signifiers. The panel is made of named parts
//! (how it happened, the waiting, what was said and felt) that share one [`Editing`].

use super::blueprint::BlueprintLayers;
use super::principles::{PhaseChoice, PrincipleJudgements};
use super::signifiers::TouchpointSignifiers;
use crate::components::emotion::EmotionPicker;
use crate::components::field::{DateField, SelectField, TextField};
use crate::components::ideas::OpportunityIdeas;
use crate::components::list_editor::ListEditor;
use crate::components::map::focus_card;
use crate::components::stories::Offers;
use crate::i18n::{Lang, Msg, text, use_i18n};
use crate::labels;
use crate::state::notices::NO_ARGS;
use crate::state::session::{MapSelection, Session, use_session};
use klantreis_core::{
    Channel, Command, Emotion, Id, Initiative, Touchpoint, WaitUnit, Waiting, World,
};
use leptos::prelude::*;

/// The touchpoint being edited, shared by the parts of the panel.
#[derive(Clone, Copy)]
struct Editing {
    session: Session,
    id: StoredValue<Id>,
    tp: Memo<Option<Touchpoint>>,
}

impl Editing {
    /// A text of the touchpoint, empty while it is gone (just deleted).
    fn field(self, f: fn(&Touchpoint) -> String) -> Signal<String> {
        let tp = self.tp;
        Signal::derive(move || tp.with(|t| t.as_ref().map(f).unwrap_or_default()))
    }

    /// Reads a value of the touchpoint (tracked, for use inside a reactive closure).
    fn read<T>(self, f: impl FnOnce(&Touchpoint) -> T) -> Option<T> {
        self.tp.with(|t| t.as_ref().map(f))
    }

    /// One edit, one step of undo.
    fn set(self, f: impl FnOnce(&mut Touchpoint)) {
        self.session.edit_touchpoint(&self.id.get_value(), None, f);
    }

    /// Typing into `name`: a run of keystrokes is one step of undo.
    fn typing(self, name: &'static str, set: fn(&mut Touchpoint, String)) -> Callback<String> {
        Callback::new(move |v: String| {
            self.session
                .edit_touchpoint(&self.id.get_value(), Some(name), |t| set(t, v))
        })
    }
}

/// `(key, label)` options for a select, translated.
fn options<T: Copy>(
    lang: Lang,
    none: Option<Msg>,
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> Msg,
) -> Vec<(String, String)> {
    none.map(|m| (String::new(), lang.text(m).to_owned()))
        .into_iter()
        .chain(
            all.iter()
                .map(|v| (key(*v).to_owned(), lang.text(label(*v)).to_owned())),
        )
        .collect()
}

#[component]
pub fn TouchpointDetail(id: Id) -> impl IntoView {
    let session = use_session();
    let id = StoredValue::new(id);
    let tp = Memo::new(move |_| session.with_journey(|j| j.touchpoint(&id.get_value()).cloned()));
    let edit = Editing { session, id, tp };
    let move_by = move |delta: isize| {
        let id = id.get_value();
        let Some(i) = session.with_journey(|j| j.touchpoint_index(&id)) else {
            return;
        };
        let to = i.saturating_add_signed(delta);
        session.apply(Command::MoveTouchpoint { id: id.clone(), to });
        focus_card(&id);
    };
    let lang = crate::i18n::use_i18n().lang;
    let duplicate = move |_| {
        let new = crate::browser::new_id();
        let suffix = lang.get_untracked().text(Msg::CopySuffix);
        let copy = session.with_journey_untracked(|j| {
            Command::duplicate_touchpoint(j, &id.get_value(), new.clone(), suffix)
        });
        if let Some(copy) = copy {
            session.apply(copy);
            session.selection.set(MapSelection::Touchpoint(new.clone()));
            focus_card(&new);
        }
    };
    let delete = move |_| {
        session.apply(Command::RemoveTouchpoint { id: id.get_value() });
        session.selection.set(MapSelection::None);
        session.app.notices.info(
            Msg::TouchpointDeleted,
            NO_ARGS,
            Some(std::sync::Arc::new(move || session.undo())),
        );
    };
    view! {
        <Show when=move || tp.with(Option::is_some)>
            <div class="detail-body">
                <h2 class="detail-title">{text(Msg::TouchpointDetails)}</h2>
                <div class="detail-actions">
                    <button type="button" class="button button-small" on:click=move |_| move_by(-1)>"← " {text(Msg::MoveEarlier)}</button>
                    <button type="button" class="button button-small" on:click=move |_| move_by(1)>{text(Msg::MoveLater)} " →"</button>
                    <button type="button" class="button button-small" on:click=duplicate>{text(Msg::Duplicate)}</button>
                </div>
                <TextField label=Msg::TouchpointTitle value=edit.field(|t| t.title.clone()) on_input=edit.typing("title", |t, v| t.title = v)/>
                <HowItHappened edit=edit/>
                <WaitingTime edit=edit/>
                <WhatWasSaid edit=edit/>
                <OpportunityIdeas id=id/>
                <BlueprintLayers id=id/>
                <PhaseChoice id=id/>
                <PrincipleJudgements id=id/>
                <TouchpointSignifiers id=id/>
                <div class="detail-danger">
                    <button type="button" class="button button-danger" on:click=delete>{text(Msg::DeleteTouchpoint)}</button>
                </div>
            </div>
        </Show>
    }
}

/// With whom, how it felt, when, through which channel, who began, and in which world.
#[component]
fn HowItHappened(edit: Editing) -> impl IntoView {
    let session = edit.session;
    let agencies = Signal::derive(move || {
        session.with_journey(|j| {
            j.agencies
                .iter()
                .map(|a| (a.id.to_string(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let set_emotion = move |e: Option<Emotion>| {
        let question = session.with_journey(|j| j.emotion_question());
        edit.set(|t| t.set_emotion(e, question.as_ref()))
    };
    view! {
        <SelectField
            label=Msg::Agency
            options=agencies
            value=edit.field(|t| t.agency.to_string())
            on_change=move |v: String| edit.set(|t| t.agency = Id::new(v))
        />
        <EmotionPicker value=Signal::derive(move || edit.read(|t| t.emotion).flatten()) on_change=set_emotion/>
        <WhenAndChannel edit=edit/>
        <WhoBeganWhere edit=edit/>
    }
}

/// When, and through which channel; for another channel, its name below the row.
#[component]
fn WhenAndChannel(edit: Editing) -> impl IntoView {
    let lang = use_i18n().lang;
    let channels = Signal::derive(move || {
        let language = lang.get();
        Channel::FIXED
            .iter()
            .chain(std::iter::once(&Channel::Other(String::new())))
            .map(|c| {
                (
                    c.key().to_owned(),
                    language.text(labels::channel(c)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let is_other = move || {
        edit.tp
            .with(|t| matches!(t.as_ref().map(|t| &t.channel), Some(Channel::Other(_))))
    };
    let other_text = edit.field(|t| match &t.channel {
        Channel::Other(s) => s.clone(),
        _ => String::new(),
    });
    view! {
        <div class="field-row">
            <DateField
                label=Msg::Date
                value=Signal::derive(move || edit.read(|t| t.date).flatten())
                on_change=move |d| edit.set(|t| t.date = d)
            />
            <SelectField
                label=Msg::Channel
                options=channels
                value=edit.field(|t| t.channel.key().to_owned())
                on_change=move |v: String| edit.set(|t| {
                    if let Some(c) = Channel::from_key(&v, "") { t.channel = c; }
                })
            />
        </div>
        <Show when=is_other>
            <TextField label=Msg::ChannelOther value=other_text on_input=edit.typing("channel", |t, v| t.channel = Channel::Other(v))/>
        </Show>
    }
}

/// Who took the initiative, and whether it happened in the leefwereld or the systeemwereld.
#[component]
fn WhoBeganWhere(edit: Editing) -> impl IntoView {
    let lang = use_i18n().lang;
    let initiatives = Signal::derive(move || {
        options(
            lang.get(),
            Some(Msg::Unknown),
            &Initiative::ALL,
            Initiative::key,
            labels::initiative,
        )
    });
    let worlds = Signal::derive(move || {
        let language = lang.get();
        vec![
            (String::new(), language.text(Msg::Unknown).to_owned()),
            (
                "leefwereld".into(),
                language.text(Msg::Leefwereld).to_owned(),
            ),
            (
                "systeemwereld".into(),
                language.text(Msg::Systeemwereld).to_owned(),
            ),
        ]
    });
    view! {
        <div class="field-row">
        <SelectField
            label=Msg::Initiative
            options=initiatives
            value=edit.field(|t| t.initiative.map(|i| i.key().to_owned()).unwrap_or_default())
            on_change=move |v: String| edit.set(|t| t.initiative = Initiative::from_key(&v))
        />
        <SelectField
            label=Msg::World
            options=worlds
            value=edit.field(|t| t.world.map(|w| w.key().to_owned()).unwrap_or_default())
            on_change=move |v: String| edit.set(|t| t.world = World::from_key(&v))
        />
    </div>
    }
}

/// How long the client waited: an amount and a unit.
#[component]
fn WaitingTime(edit: Editing) -> impl IntoView {
    let lang = use_i18n().lang;
    let units = Signal::derive(move || {
        options(
            lang.get(),
            None,
            &WaitUnit::ALL,
            WaitUnit::key,
            labels::wait_unit,
        )
    });
    let unit = move || {
        edit.read(|t| t.waiting.map(|w| w.unit))
            .flatten()
            .unwrap_or(WaitUnit::Hours)
    };
    let amount = move || {
        edit.read(|t| t.waiting.map(|w| w.amount.to_string()))
            .flatten()
            .unwrap_or_default()
    };
    view! {
        <fieldset class="waiting">
            <legend>{text(Msg::Waiting)}</legend>
            <label class="field">
                <span class="field-label">{text(Msg::WaitingAmount)}</span>
                <input
                    type="number"
                    min="0"
                    inputmode="numeric"
                    prop:value=amount
                    on:change:target=move |ev| {
                        let amount = ev.target().value().trim().parse::<u32>().ok();
                        let unit = unit();
                        edit.set(|t| t.waiting = amount.map(|amount| Waiting { amount, unit }));
                    }
                />
            </label>
            <SelectField
                label=Msg::WaitingUnit
                options=units
                value=Signal::derive(move || unit().key().to_owned())
                on_change=move |v: String| edit.set(|t| {
                    if let (Some(w), Some(unit)) = (t.waiting.as_mut(), WaitUnit::from_key(&v)) { w.unit = unit; }
                })
            />
        </fieldset>
    }
}

/// What happened and was said: the account, the quote, pain points and opportunities, whether
/// it decided the journey, and the story it comes from.
#[component]
fn WhatWasSaid(edit: Editing) -> impl IntoView {
    let lang = use_i18n().lang;
    let stories = Signal::derive(move || {
        let language = lang.get();
        edit.session.with_journey(|j| {
            std::iter::once((String::new(), language.text(Msg::NoStory).to_owned()))
                .chain(j.stories.iter().map(|s| {
                    let title = if s.title.is_empty() {
                        language.text(labels::teller(s.teller)).to_owned()
                    } else {
                        s.title.clone()
                    };
                    (s.id.to_string(), title)
                }))
                .collect::<Vec<_>>()
        })
    });
    let list = move |f: fn(&Touchpoint) -> Vec<String>| {
        Signal::derive(move || edit.read(f).unwrap_or_default())
    };
    let set_list = move |name: &'static str, set: fn(&mut Touchpoint, Vec<String>)| {
        move |(items, merge): (Vec<String>, bool)| {
            edit.session
                .edit_touchpoint(&edit.id.get_value(), merge.then_some(name), |t| {
                    set(t, items)
                })
        }
    };
    view! {
        <TextField label=Msg::What multiline=true value=edit.field(|t| t.what.clone()) on_input=edit.typing("what", |t, v| t.what = v)/>
        <TextField label=Msg::Quote multiline=true value=edit.field(|t| t.quote.clone()) on_input=edit.typing("quote", |t, v| t.quote = v)/>
        <ListEditor
            label=Msg::PainPoints
            add_placeholder=Msg::NewPainPoint
            class="list-pain"
            items=list(|t| t.pain_points.clone())
            on_change=set_list("pain_points", |t, v| t.pain_points = v)
        />
        <ListEditor
            label=Msg::Opportunities
            add_placeholder=Msg::NewOpportunity
            class="list-chance"
            items=list(|t| t.opportunities.clone())
            on_change=set_list("opportunities", |t, v| t.opportunities = v)
        />
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || edit.read(|t| t.moment_of_truth).unwrap_or(false)
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    edit.set(|t| t.moment_of_truth = on)
                }
            />
            <span>"★ " {text(Msg::MomentOfTruth)}</span>
        </label>
        <SelectField
            label=Msg::Story
            options=stories
            value=edit.field(|t| t.story.as_ref().map(|s| s.to_string()).unwrap_or_default())
            on_change=move |v: String| edit.set(|t| t.story = (!v.is_empty()).then(|| Id::new(v)))
        />
        <FromStory edit=edit/>
        <Offers touchpoint=Signal::derive(move || Some(edit.id.get_value()))/>
    }
}

/// The passages of the interviews marked for this touchpoint: where it came from.
#[component]
fn FromStory(edit: Editing) -> impl IntoView {
    let lang = use_i18n().lang;
    let passages = Memo::new(move |_| {
        let id = edit.id.get_value();
        edit.session.with_journey(|j| {
            j.stories
                .iter()
                .flat_map(|s| {
                    s.marks
                        .iter()
                        .filter(|m| m.touchpoint == id)
                        .map(|m| (m.kind, s.passage(m)))
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = passages.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="from-story">
                    <h4>{text(Msg::FromStory)}</h4>
                    <ul>
                        {list.into_iter().map(|(kind, words)| view! {
                            <li><span class=format!("mark-label mark-{}", kind.key())>{move || lang.get().text(labels::mark_kind(kind))}</span> " " {words}</li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
