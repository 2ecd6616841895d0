//! The groups: each one's starting package (a file for a USB stick or a shared folder), its
//! journey once it is back, and the way to the projector.

use crate::browser::now_ms;
use crate::files::{download, file_name};
use crate::i18n::{Counted, Msg, text, use_i18n};
use crate::state::{AppState, Route};
use klantreis_core::workshop::{WorkshopInfo, group_journey_id, package};
use klantreis_core::{Id, Journey, JourneySummary, file};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Downloads group `index`'s package; its copy also goes into this library unless the group's
/// journey is already here (it may hold the group's work).
fn hand_out(app: AppState, template: &Journey, index: usize) {
    let Some(journey) = package(template, index, now_ms()) else {
        return;
    };
    let name = file_name(&journey.title, "klantreis.json");
    if let Err(e) = download(
        &name,
        "application/json",
        &file::write(std::slice::from_ref(&journey), now_ms()),
    ) {
        app.notices
            .error(Msg::DownloadFailed, vec![format!("{e:?}")]);
        return;
    }
    let present = app
        .summaries
        .with_untracked(|s| s.iter().any(|s| s.id == journey.id));
    if !present {
        // As it left in the package: a group's file that comes back newer replaces it
        // without asking, unless it was edited here meanwhile.
        let write = crate::storage::Write {
            journey,
            expect: crate::storage::Expect::Absent,
            from_file: true,
        };
        spawn_local(async move {
            match app.store_all(&[write]).await {
                Ok(_) => app.refresh(),
                Err(e) => app.report(e),
            }
        });
    }
}

#[component]
pub fn GroupList(#[prop(into)] template: Signal<Journey>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let workshop = move || template.with(|j| j.workshop.clone());
    let picked = RwSignal::new(Vec::<Id>::new());
    let all = move |_| {
        let t = template.get_untracked();
        let n = t.workshop.as_ref().map_or(0, |w| w.groups.len());
        for i in 0..n {
            hand_out(app, &t, i);
        }
    };
    let rows = move || {
        let Some(w) = workshop() else {
            return Vec::new();
        };
        app.summaries.with(|list| group_rows(&w, list))
    };
    view! {
        <section class="workshop-groups" aria-labelledby="groups-title">
            <div class="section-head">
                <h2 id="groups-title">{text(Msg::WorkshopGroupsTitle)}</h2>
                <button type="button" class="button button-primary" disabled=move || workshop().is_none_or(|w| w.groups.is_empty()) on:click=all>
                    {text(Msg::PackagesAll)}
                </button>
            </div>
            <p class="muted">{text(Msg::PackagesIntro)}</p>
            <ul class="group-list">
                <For each=rows key=|r| (r.index, r.group.clone(), r.id.clone(), r.summary.as_ref().map(|s| s.updated_ms)) let:row>
                    <GroupItem row=row template=template picked=picked/>
                </For>
            </ul>
            <button type="button" class="button" disabled=move || picked.with(|p| p.len() != 2)
                on:click=move |_| {
                    let p = picked.get_untracked();
                    if let [a, b] = &p[..] {
                        app.navigate(Route::Present(a.clone(), Some(b.clone())));
                    }
                }>
                {text(Msg::PresentSideBySide)}
            </button>
        </section>
    }
}

/// One group as the list shows it: `index` in the workshop's groups (none when the group was
/// renamed or taken out since), its journey's id, and that journey when it is here.
#[derive(Clone, Debug, PartialEq)]
struct GroupRow {
    index: Option<usize>,
    group: String,
    id: Id,
    summary: Option<JourneySummary>,
}

/// Every group of the workshop, and any group journey here whose group was renamed or taken
/// out since (it keeps its work; it has no package any more).
fn group_rows(w: &WorkshopInfo, list: &[JourneySummary]) -> Vec<GroupRow> {
    let of_group = |name: &str| {
        list.iter()
            .find(|s| {
                s.workshop
                    .as_ref()
                    .is_some_and(|(id, _, g)| *id == w.id && g.as_deref() == Some(name))
            })
            .cloned()
    };
    let mut out: Vec<GroupRow> = w
        .groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let summary = of_group(group);
            let id = summary
                .as_ref()
                .map_or_else(|| group_journey_id(&w.id, group), |s| s.id.clone());
            GroupRow {
                index: Some(i),
                group: group.clone(),
                id,
                summary,
            }
        })
        .collect();
    for s in list {
        if let Some((id, _, Some(group))) = &s.workshop
            && *id == w.id
            && !w.groups.contains(group)
        {
            out.push(GroupRow {
                index: None,
                group: group.clone(),
                id: s.id.clone(),
                summary: Some(s.clone()),
            });
        }
    }
    out
}

/// A group's row: pick it for side by side, its package, open and present its journey.
#[component]
fn GroupItem(row: GroupRow, template: Signal<Journey>, picked: RwSignal<Vec<Id>>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let lang = use_i18n().lang;
    let GroupRow {
        index,
        group,
        id,
        summary,
    } = row;
    let id = StoredValue::new(id);
    let here = summary.is_some();
    let status = move || match &summary {
        Some(s) => lang.get().count(Counted::Touchpoints, s.touchpoints),
        None => lang.get().text(Msg::GroupNotHere).to_owned(),
    };
    let pick = move |on: bool| {
        picked.update(|p| {
            p.retain(|x| *x != id.get_value());
            if on {
                p.push(id.get_value());
            }
        })
    };
    view! {
        <li class="group-row">
            <label class="check">
                <input type="checkbox" disabled=!here
                    prop:checked=move || picked.with(|p| p.contains(&id.get_value()))
                    on:change:target=move |ev| pick(ev.target().checked())/>
                <span class="group-name">{group.clone()}</span>
            </label>
            <span class="muted">{status}</span>
            {index.map(|i| view! {
                <button type="button" class="button button-small"
                    on:click=move |_| hand_out(app, &template.get_untracked(), i)>
                    {move || lang.get().text_with(Msg::PackageFor, std::slice::from_ref(&group))}
                </button>
            })}
            <button type="button" class="button button-small" disabled=!here
                on:click=move |_| app.navigate(Route::Journey(id.get_value(), None))>
                {text(Msg::Open)}
            </button>
            <button type="button" class="button button-small" disabled=!here
                on:click=move |_| app.navigate(Route::Present(id.get_value(), None))>
                {text(Msg::Present)}
            </button>
        </li>
    }
}
