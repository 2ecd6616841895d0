//! A workshop (brainbootcamp) from template to plenary: settings, the groups' packages, the
//! import of their files, the timer, and the summary of all groups together.

use crate::components::page_bar::PageBar;
use crate::components::transfer::ImportControl;
use crate::components::workshop::{GroupList, Timer, WorkshopSettings, WorkshopSummary};
use crate::i18n::{Msg, text};
use crate::pages::journey::{ConflictBanner, SaveStatus};
use crate::state::session::Session;
use crate::state::{AppState, LibraryState};
use klantreis_core::workshop::WorkshopInfo;
use klantreis_core::workshop::is_group_of;
use klantreis_core::{Command, Id, Journey};
use leptos::prelude::*;

#[component]
pub fn WorkshopPage(id: Id) -> impl IntoView {
    let app = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let loaded = LocalResource::new(move || {
        let library = app.library.get();
        async move {
            match library {
                LibraryState::Opening => None,
                LibraryState::Ready(l) => Some(l.load(&id.get_value()).await),
            }
        }
    });
    view! {
        <PageBar title=Msg::Workshop/>
        {move || match loaded.get().flatten() {
            None => view! { <p class="loading">{text(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="page-message" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(stored)) if stored.journey.workshop.as_ref().is_some_and(WorkshopInfo::is_template) => {
                // The same autosave as the editor: revisions, flush on leave, rescue.
                let session = Session::start(app, stored);
                provide_context(session);
                view! { <Workshop session=session/> }.into_any()
            }
            Some(Ok(_)) => view! { <p class="page-message" role="alert">{text(Msg::NotAWorkshop)}</p> }.into_any(),
        }}
    }
}

#[component]
fn Workshop(session: Session) -> impl IntoView {
    let app = expect_context::<AppState>();
    let template = Memo::new(move |_| session.with_journey(Clone::clone));
    let workshop_id = template.with_untracked(|j| {
        j.workshop
            .as_ref()
            .map_or_else(|| Id::new(""), |w| w.id.clone())
    });
    let save = Callback::new(move |(j, key): (Journey, Option<String>)| {
        session.edit(Command::Replace(Box::new(j)), key);
    });
    // The groups' journeys as stored now; loaded again on every refresh of the library (an
    // import may replace a group's journey with one of the same id and time stamp).
    let group_ids = move || {
        app.summaries.with(|list| {
            list.iter()
                .filter(|s| {
                    s.workshop
                        .as_ref()
                        .is_some_and(|(w, _, g)| *w == workshop_id && g.is_some())
                })
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let groups = LocalResource::new(move || {
        let ids = group_ids();
        let library = app.library();
        async move {
            let library = library?;
            let mut out = Vec::new();
            for id in ids {
                if let Ok(stored) = library.load(&id).await {
                    out.push(stored.journey);
                }
            }
            Some(out)
        }
    });
    let workshop_key = template.with_untracked(|j| j.workshop.as_ref().map(|w| w.id.clone()));
    view! {
        <div class="workshop">
            <ConflictBanner session=session/>
            <p class="workshop-save"><SaveStatus state=session.save_state/></p>
            <div class="workshop-top">
                <WorkshopSettings template=template save=save/>
                <Timer/>
            </div>
            <GroupList template=template/>
            <section class="workshop-import" aria-labelledby="import-title">
                <h2 id="import-title">{text(Msg::WorkshopImportTitle)}</h2>
                <p class="muted">{text(Msg::WorkshopImportIntro)}</p>
                <ImportControl/>
            </section>
            {move || groups.get().flatten().map(|list| {
                let mut list: Vec<Journey> = list
                    .into_iter()
                    .filter(|j| workshop_key.as_ref().is_some_and(|w| is_group_of(j, w)))
                    .collect();
                // In the workshop's order of groups, as the facilitator listed them.
                let order = template.with_untracked(|t| t.workshop.as_ref().map(|w| w.groups.clone()).unwrap_or_default());
                list.sort_by_key(|j| {
                    let group = j.workshop.as_ref().and_then(|w| w.group.as_ref());
                    order.iter().position(|g| Some(g) == group).unwrap_or(usize::MAX)
                });
                view! { <WorkshopSummary groups=list/> }
            })}
        </div>
    }
}
