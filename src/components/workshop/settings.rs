//! The workshop's name, date, groups, assignment and template.

use crate::components::field::{DateField, SelectField, TextField};
use crate::components::list_editor::ListEditor;
use crate::i18n::{Counted, Msg, text, use_i18n};
use crate::state::notices::NO_ARGS;
use crate::state::{AppState, Route};
use klantreis_core::{Journey, examples, workshop::WorkshopInfo};
use leptos::prelude::*;

/// One change to the template and its workshop.
type Change = Box<dyn FnOnce(&mut Journey, &mut WorkshopInfo)>;

/// Applies `f` to the template and its workshop through `save`.
fn edit(
    template: Signal<Journey>,
    save: Callback<(Journey, Option<String>)>,
    f: Change,
    typing: Option<&str>,
) {
    let mut j = template.get_untracked();
    let Some(mut w) = j.workshop.clone() else {
        return;
    };
    f(&mut j, &mut w);
    j.workshop = Some(w);
    save.run((j, typing.map(|k| format!("workshop:{k}"))));
}

/// `template` is the workshop's template journey; `save` applies a changed one as an edit
/// (with a key when it is a run of typing, which undoes as one step).
#[component]
pub fn WorkshopSettings(
    #[prop(into)] template: Signal<Journey>,
    #[prop(into)] save: Callback<(Journey, Option<String>)>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let info = move || template.with(|j| j.workshop.clone());
    let edit = move |f: Change, typing: Option<&str>| edit(template, save, f, typing);
    let change = move |f: Change| edit(f, None);
    view! {
        <section class="workshop-settings" aria-labelledby="settings-title">
            <h2 id="settings-title" class="visually-hidden">{text(Msg::WorkshopSettings)}</h2>
            <div class="field-row">
                <TextField label=Msg::WorkshopName value=Signal::derive(move || info().map(|w| w.name).unwrap_or_default())
                    on_input=Callback::new(move |v: String| {
                        if v.trim().is_empty() {
                            app.notices.error(Msg::WorkshopNameRequired, NO_ARGS);
                            return;
                        }
                        edit(Box::new(move |j, w| {
                            j.title = v.clone();
                            w.name = v;
                        }), Some("name"))
                    })/>
                <DateField label=Msg::WorkshopDate value=Signal::derive(move || info().and_then(|w| w.date))
                    on_change=Callback::new(move |d| change(Box::new(move |_, w| w.date = d)))/>
            </div>
            <ListEditor label=Msg::WorkshopGroups add_placeholder=Msg::WorkshopGroupAdd
                items=Signal::derive(move || info().map(|w| w.groups).unwrap_or_default())
                on_change=Callback::new(move |(groups, typing): (Vec<String>, bool)| edit(Box::new(move |_, w| w.groups = groups), typing.then_some("groups")))/>
            <TextField label=Msg::WorkshopAssignment multiline=true hint=Msg::WorkshopAssignmentHint
                value=Signal::derive(move || info().map(|w| w.assignment).unwrap_or_default())
                on_input=Callback::new(move |v: String| edit(Box::new(move |_, w| w.assignment = v), Some("assignment")))/>
            <TemplateSource template=template save=save/>
        </section>
    }
}

/// What the template holds, where it comes from (an example, empty, or a journey of the
/// library), and the way to edit it.
#[component]
fn TemplateSource(
    template: Signal<Journey>,
    save: Callback<(Journey, Option<String>)>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let lang = use_i18n().lang;
    let source = RwSignal::new(String::from("example:0"));
    let sources = Signal::derive(move || {
        let language = lang.get();
        let mut out: Vec<(String, String)> = examples::all()
            .iter()
            .enumerate()
            .map(|(i, j)| {
                (
                    format!("example:{i}"),
                    format!("{}: {}", language.text(Msg::Example), j.title),
                )
            })
            .collect();
        out.push(("empty".into(), language.text(Msg::TemplateEmpty).to_owned()));
        out.extend(
            app.summaries
                .get()
                .into_iter()
                .filter(|s| s.workshop.is_none())
                .map(|s| (format!("journey:{}", s.id), s.title)),
        );
        out
    });
    let take = move |_| take_template(app, template, save, &source.get_untracked());
    let template_id = move || template.with(|j| j.id.clone());
    let summary = move || {
        let language = lang.get();
        template.with(|j| {
            format!(
                "{} · {} · {}",
                j.persona.name,
                language.count(Counted::Agencies, j.agencies.len()),
                language.count(Counted::Touchpoints, j.touchpoints.len()),
            )
        })
    };
    view! {
        <div class="workshop-template">
            <p><strong>{text(Msg::WorkshopTemplate)}</strong> " " {summary}</p>
            <div class="workshop-template-actions">
                <SelectField label=Msg::TemplateFrom options=sources value=Signal::derive(move || source.get())
                    on_change=Callback::new(move |v| source.set(v))/>
                <button type="button" class="button" on:click=take>{text(Msg::TemplateTake)}</button>
                <button type="button" class="button" on:click=move |_| app.navigate(Route::Journey(template_id(), None))>
                    {text(Msg::TemplateEdit)}
                </button>
            </div>
        </div>
    }
}

/// Fills the template from `choice`: `example:<n>`, `empty`, or `journey:<id>` of the library.
/// The template keeps its id, name and workshop.
fn take_template(
    app: AppState,
    template: Signal<Journey>,
    save: Callback<(Journey, Option<String>)>,
    choice: &str,
) {
    let apply = move |from: Journey| {
        edit(
            template,
            save,
            Box::new(move |j, _| {
                // The template keeps its id, name and workshop; the rest comes from the source.
                *j = Journey {
                    id: j.id.clone(),
                    title: j.title.clone(),
                    workshop: j.workshop.clone(),
                    created_ms: j.created_ms,
                    updated_ms: j.updated_ms,
                    ..from
                };
            }),
            None,
        )
    };
    if let Some(i) = choice
        .strip_prefix("example:")
        .and_then(|i| i.parse::<usize>().ok())
    {
        if let Some(e) = examples::all().into_iter().nth(i) {
            apply(e);
        }
    } else if choice == "empty" {
        apply(Journey::new(klantreis_core::Id::new("leeg"), "", "", 0));
    } else if let Some(id) = choice.strip_prefix("journey:") {
        let (Some(library), id) = (app.library(), klantreis_core::Id::new(id)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match library.load(&id).await {
                Ok(stored) => apply(stored.journey),
                Err(e) => app.report(e),
            }
        });
    }
}
