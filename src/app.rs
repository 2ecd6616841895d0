//! The root component: language, app state, routes by URL hash, notices and the confirmation
//! dialog.

use crate::browser;
use crate::components::dialog::{ConfirmDialog, provide_confirm};
use crate::components::notices::{NoticeList, StorageBanner};
use crate::components::safekeeping::Erased;
use crate::components::team::sync::TeamSync;
use crate::i18n::{Arg, Counted, I18n, Lang, Msg, text};
use crate::lazy::OnUse;
use crate::pages::journey::JourneyPage;
use crate::pages::library::LibraryPage;
use crate::pages::patterns::PatternsPage;
use crate::pages::persona::PersonaPage;
use crate::pages::present::PresentPage;
use crate::pages::privacy::PrivacyPage;
use crate::pages::team::TeamPage;
use crate::pages::workshop::WorkshopPage;
use crate::part;
use crate::state::route::Focus;
use crate::state::{AppState, Route};
use klantreis_core::Id;
use leptos::prelude::*;

// Every page but the library is fetched on first use (src/lazy.rs).
part!(journey fn journey(id: Id, focus: Option<Focus>) => view! { <JourneyPage id=id focus=focus/> });
part!(patterns fn patterns() => view! { <PatternsPage/> });
part!(workshop fn workshop(id: Id) => view! { <WorkshopPage id=id/> });
part!(present fn present(first: Id, second: Option<Id>) => view! { <PresentPage first=first second=second/> });
part!(privacy fn privacy() => view! { <PrivacyPage/> });
part!(persona fn persona(id: Id) => view! { <PersonaPage id=id/> });
part!(team fn team() => view! { <TeamPage/> });
// The rounds with the team library: fetched only where it is turned on.
part!(team_sync fn team_sync() => view! { <TeamSync/> });

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(
        browser::pref(crate::components::page_bar::LANG_PREF)
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_default(),
    );
    provide_context(I18n { lang });
    Effect::new(move || browser::set_document_lang(lang.get()));

    let app = AppState::new();
    provide_context(app);
    browser::guard_text_input(move |n| {
        app.notices.info(
            Msg::TypedControlsRemoved,
            vec![Arg::Count(Counted::ControlCharacters, n)],
            None,
        )
    });
    provide_confirm();

    Effect::new(move || {
        if app
            .sync
            .incoming
            .with(|c| c.as_ref().is_some_and(|c| c.erased))
        {
            app.let_go_of_library();
        }
    });
    Effect::new(move || {
        if app
            .sync
            .incoming
            .with(|c| c.as_ref().is_some_and(|c| c.persona))
        {
            app.personas.refresh();
        }
    });

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        app.route.set(crate::state::route::current());
    });
    on_cleanup(move || on_hash.remove());

    view! {
        <a class="skip-link" href="#main">{text(Msg::SkipToContent)}</a>
        <StorageBanner/>
        <main id="main" tabindex="-1">
            {move || match app.route.get() {
                _ if app.erased.get() => view! { <Erased/> }.into_any(),
                Route::Library => view! { <LibraryPage/> }.into_any(),
                Route::Privacy => view! { <OnUse load=privacy/> }.into_any(),
                Route::Team => view! { <OnUse load=team/> }.into_any(),
                Route::Patterns => view! { <OnUse load=patterns/> }.into_any(),
                Route::Workshop(id) => view! { <OnUse load=move || workshop(id.clone())/> }.into_any(),
                Route::Persona(id) => view! { <OnUse load=move || persona(id.clone())/> }.into_any(),
                Route::Present(a, b) => {
                    view! { <OnUse load=move || present(a.clone(), b.clone())/> }.into_any()
                }
                Route::Journey(id, focus) => {
                    view! { <OnUse load=move || journey(id.clone(), focus.clone())/> }.into_any()
                }
            }}
        </main>
        <div hidden>
            <Show when=move || app.team.settings.with(Option::is_some)>
                <OnUse load=team_sync/>
            </Show>
        </div>
        <NoticeList/>
        <ConfirmDialog/>
    }
}
