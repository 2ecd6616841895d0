//! Every field of one touchpoint in the side panel: title, time, agency, channel, world, emotion,
//! quote, pain points, opportunities, and its signifiers.

use super::signifiers::TouchpointSignifiers;
use crate::components::emotion::EmotionPicker;
use crate::components::field::{DateField, SelectField, TextField};
use crate::components::list_editor::ListEditor;
use crate::components::map::focus_card;
use crate::i18n::{Msg, t, use_i18n};
use crate::labels;
use crate::state::session::{MapSelection, use_session};
use klantreis_core::{
    Channel, Command, Emotion, Id, Initiative, Touchpoint, WaitUnit, Waiting, World,
};
use leptos::prelude::*;

#[component]
pub fn TouchpointDetail(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let tp = Memo::new(move |_| session.with_journey(|j| j.touchpoint(&id.get_value()).cloned()));
    let field = move |f: fn(&Touchpoint) -> String| {
        Signal::derive(move || tp.with(|t| t.as_ref().map(f).unwrap_or_default()))
    };
    let typing = move |name: &'static str, set: fn(&mut Touchpoint, String)| {
        Callback::new(move |v: String| {
            session.edit_touchpoint(&id.get_value(), Some(name), |t| set(t, v))
        })
    };

    let agencies = Signal::derive(move || {
        session.with_journey(|j| {
            j.agencies
                .iter()
                .map(|a| (a.id.to_string(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let channels = Signal::derive(move || {
        let l = lang.get();
        Channel::FIXED
            .iter()
            .chain(std::iter::once(&Channel::Other(String::new())))
            .map(|c| (c.key().to_owned(), labels::channel(c).text(l).to_owned()))
            .collect::<Vec<_>>()
    });
    let initiatives = Signal::derive(move || {
        let l = lang.get();
        std::iter::once((String::new(), Msg::Unknown.text(l).to_owned()))
            .chain(Initiative::ALL.iter().map(|i| {
                (
                    i.key().to_owned(),
                    labels::initiative(*i).text(l).to_owned(),
                )
            }))
            .collect::<Vec<_>>()
    });
    let worlds = Signal::derive(move || {
        let l = lang.get();
        [
            (String::new(), Msg::Unknown.text(l).to_owned()),
            ("leefwereld".into(), Msg::Leefwereld.text(l).to_owned()),
            (
                "systeemwereld".into(),
                Msg::Systeemwereld.text(l).to_owned(),
            ),
        ]
        .to_vec()
    });
    let units = Signal::derive(move || {
        let l = lang.get();
        WaitUnit::ALL
            .iter()
            .map(|u| (u.key().to_owned(), labels::wait_unit(*u).text(l).to_owned()))
            .collect::<Vec<_>>()
    });
    let stories = Signal::derive(move || {
        let l = lang.get();
        session.with_journey(|j| {
            std::iter::once((String::new(), Msg::NoStory.text(l).to_owned()))
                .chain(j.stories.iter().map(|s| {
                    let title = if s.title.is_empty() {
                        labels::teller(s.teller).text(l).to_owned()
                    } else {
                        s.title.clone()
                    };
                    (s.id.to_string(), title)
                }))
                .collect::<Vec<_>>()
        })
    });
    let is_other =
        move || tp.with(|t| matches!(t.as_ref().map(|t| &t.channel), Some(Channel::Other(_))));
    let other_text = field(|t| match &t.channel {
        Channel::Other(s) => s.clone(),
        _ => String::new(),
    });
    let waiting_unit = move || {
        tp.with(|t| {
            t.as_ref()
                .and_then(|t| t.waiting)
                .map(|w| w.unit)
                .unwrap_or(WaitUnit::Hours)
        })
    };

    let set_emotion = move |e: Option<Emotion>| {
        let question = session.with_journey(|j| j.emotion_question());
        session.edit_touchpoint(&id.get_value(), None, |t| {
            t.set_emotion(e, question.as_ref())
        })
    };
    let move_by = move |delta: isize| {
        let id = id.get_value();
        let Some(i) = session.with_journey(|j| j.touchpoint_index(&id)) else {
            return;
        };
        let to = i.saturating_add_signed(delta);
        session.apply(Command::MoveTouchpoint { id: id.clone(), to });
        focus_card(&id);
    };
    let delete = move |_| {
        session.apply(Command::RemoveTouchpoint { id: id.get_value() });
        session.selection.set(MapSelection::None);
        session.app.notices.info(
            Msg::TouchpointDeleted,
            vec![],
            Some(std::sync::Arc::new(move || session.undo())),
        );
    };

    view! {
        <Show when=move || tp.with(Option::is_some)>
            <div class="detail-body">
                <h2 class="detail-title">{t(Msg::TouchpointDetails)}</h2>
                <div class="detail-actions">
                    <button type="button" class="button button-small" on:click=move |_| move_by(-1)>"← " {t(Msg::MoveEarlier)}</button>
                    <button type="button" class="button button-small" on:click=move |_| move_by(1)>{t(Msg::MoveLater)} " →"</button>
                </div>
                <TextField label=Msg::TouchpointTitle value=field(|t| t.title.clone()) on_input=typing("title", |t, v| t.title = v)/>
                <SelectField
                    label=Msg::Agency
                    options=agencies
                    value=field(|t| t.agency.to_string())
                    on_change=move |v: String| session.edit_touchpoint(&id.get_value(), None, |t| t.agency = Id::new(v))
                />
                <EmotionPicker
                    value=Signal::derive(move || tp.with(|t| t.as_ref().and_then(|t| t.emotion)))
                    on_change=set_emotion
                />
                <div class="field-row">
                    <DateField
                        label=Msg::Date
                        value=Signal::derive(move || tp.with(|t| t.as_ref().and_then(|t| t.date)))
                        on_change=move |d| session.edit_touchpoint(&id.get_value(), None, |t| t.date = d)
                    />
                    <SelectField
                        label=Msg::Channel
                        options=channels
                        value=field(|t| t.channel.key().to_owned())
                        on_change=move |v: String| {
                            session.edit_touchpoint(&id.get_value(), None, |t| {
                                if let Some(c) = Channel::from_key(&v, "") { t.channel = c; }
                            })
                        }
                    />
                </div>
                <Show when=is_other>
                    <TextField label=Msg::ChannelOther value=other_text on_input=typing("channel", |t, v| t.channel = Channel::Other(v))/>
                </Show>
                <div class="field-row">
                    <SelectField
                        label=Msg::Initiative
                        options=initiatives
                        value=field(|t| t.initiative.map(|i| i.key().to_owned()).unwrap_or_default())
                        on_change=move |v: String| session.edit_touchpoint(&id.get_value(), None, |t| t.initiative = Initiative::from_key(&v))
                    />
                    <SelectField
                        label=Msg::World
                        options=worlds
                        value=field(|t| t.world.map(|w| w.key().to_owned()).unwrap_or_default())
                        on_change=move |v: String| session.edit_touchpoint(&id.get_value(), None, |t| t.world = World::from_key(&v))
                    />
                </div>
                <fieldset class="waiting">
                    <legend>{t(Msg::Waiting)}</legend>
                    <label class="field">
                        <span class="field-label">{t(Msg::WaitingAmount)}</span>
                        <input
                            type="number"
                            min="0"
                            inputmode="numeric"
                            prop:value=move || tp.with(|t| t.as_ref().and_then(|t| t.waiting).map(|w| w.amount.to_string()).unwrap_or_default())
                            on:change:target=move |ev| {
                                let amount = ev.target().value().trim().parse::<u32>().ok();
                                let unit = waiting_unit();
                                session.edit_touchpoint(&id.get_value(), None, |t| t.waiting = amount.map(|amount| Waiting { amount, unit }));
                            }
                        />
                    </label>
                    <SelectField
                        label=Msg::WaitingUnit
                        options=units
                        value=Signal::derive(move || waiting_unit().key().to_owned())
                        on_change=move |v: String| {
                            session.edit_touchpoint(&id.get_value(), None, |t| {
                                if let (Some(w), Some(unit)) = (t.waiting.as_mut(), WaitUnit::from_key(&v)) { w.unit = unit; }
                            })
                        }
                    />
                </fieldset>
                <TextField label=Msg::What multiline=true value=field(|t| t.what.clone()) on_input=typing("what", |t, v| t.what = v)/>
                <TextField label=Msg::Quote multiline=true value=field(|t| t.quote.clone()) on_input=typing("quote", |t, v| t.quote = v)/>
                <ListEditor
                    label=Msg::PainPoints
                    add_placeholder=Msg::NewPainPoint
                    class="list-pain"
                    items=Signal::derive(move || tp.with(|t| t.as_ref().map(|t| t.pain_points.clone()).unwrap_or_default()))
                    on_change=move |(list, merge): (Vec<String>, bool)| {
                        session.edit_touchpoint(&id.get_value(), merge.then_some("pain_points"), |t| t.pain_points = list)
                    }
                />
                <ListEditor
                    label=Msg::Opportunities
                    add_placeholder=Msg::NewOpportunity
                    class="list-chance"
                    items=Signal::derive(move || tp.with(|t| t.as_ref().map(|t| t.opportunities.clone()).unwrap_or_default()))
                    on_change=move |(list, merge): (Vec<String>, bool)| {
                        session.edit_touchpoint(&id.get_value(), merge.then_some("opportunities"), |t| t.opportunities = list)
                    }
                />
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || tp.with(|t| t.as_ref().is_some_and(|t| t.moment_of_truth))
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            session.edit_touchpoint(&id.get_value(), None, |t| t.moment_of_truth = on)
                        }
                    />
                    <span>"★ " {t(Msg::MomentOfTruth)}</span>
                </label>
                <SelectField
                    label=Msg::Story
                    options=stories
                    value=field(|t| t.story.as_ref().map(|s| s.to_string()).unwrap_or_default())
                    on_change=move |v: String| {
                        session.edit_touchpoint(&id.get_value(), None, |t| t.story = (!v.is_empty()).then(|| Id::new(v)))
                    }
                />
                <TouchpointSignifiers id=id/>
                <div class="detail-danger">
                    <button type="button" class="button button-danger" on:click=delete>{t(Msg::DeleteTouchpoint)}</button>
                </div>
            </div>
        </Show>
    }
}
