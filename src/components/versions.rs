//! Two versions of one journey (changed in two places at once through the team library): a
//! banner in either of them says so, shows what differs, and lets the user keep this one,
//! open the other, or keep both as journeys of their own. Every choice is a stored write the
//! team library shares, and the removal it makes can be undone.

use crate::browser::{format_time, now_ms};
use crate::components::variant::{compared, steps};
use crate::i18n::{Msg, text, use_i18n};
use crate::state::session::{SaveState, Session};
use crate::state::{AppState, NoticeAction, Route};
use crate::storage::{Expect, StorageError, Stored, Write};
use klantreis_core::team::versions::{Part, other_differences, pair_of, parted, taken};
use klantreis_core::variant::compare;
use klantreis_core::{Id, JourneyField};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Shown in the editor of a journey that has another version waiting for a choice.
#[component]
pub fn VersionsBanner(session: Session) -> impl IntoView {
    let app = session.app;
    // Versions come from the team library; without it (and not being one) there is nothing to
    // look for, and the list is not read again on every editor opened.
    let may_have = app.team.settings.with_untracked(Option::is_some)
        || session.with_journey_untracked(|j| j.version_of.is_some());
    if may_have {
        app.refresh();
        Effect::new(move || {
            if app.sync.incoming.get().is_some() {
                app.refresh();
            }
        });
    }
    let pair = Memo::new(move |_| app.summaries.with(|all| pair_of(all, &session.id())));
    move || {
        pair.get()
            .map(|pair| view! { <Choice session=session pair=pair/> })
    }
}

#[component]
fn Choice(session: Session, pair: (Id, Id)) -> impl IntoView {
    let app = session.app;
    let lang = use_i18n().lang;
    let here = session.id();
    let other = if pair.0 == here {
        pair.1.clone()
    } else {
        pair.0.clone()
    };
    let changed = {
        let (here, other) = (here.clone(), other.clone());
        move || {
            let language = lang.get();
            let when = |id: &Id| {
                app.summaries.with(|all| {
                    let ms = all.iter().find(|s| &s.id == id).map(|s| s.updated_ms);
                    format_time(ms.unwrap_or(0), language)
                })
            };
            language.text_with(Msg::VersionsHere, &[when(&here), when(&other)])
        }
    };
    let (_, difference) = compared(session, other.clone(), |other, open| {
        (compare(other, open), other_differences(other, open))
    });
    let details = move || {
        let language = lang.get();
        difference.get().map(|(d, rest)| {
            let labels = [
                Msg::VersionOnlyOther,
                Msg::VersionOnlyThis,
                Msg::VersionDiffer,
            ];
            let rest = (!rest.is_empty()).then(|| {
                let named: Vec<&str> = rest.iter().map(|p| language.text(label(*p))).collect();
                view! { <p>{language.text_with(Msg::VersionAlsoDiffer, &[named.join(", ")])}</p> }
            });
            view! { {steps(&d, labels, language)} {rest} }
        })
    };
    let saved = move || session.save_state.get() == SaveState::Saved;
    let open = {
        let other = other.clone();
        move |_| app.navigate(Route::Journey(other.clone(), None))
    };
    let keep_this = {
        let pair = pair.clone();
        move |_| keep_this(app, pair.clone(), here.clone())
    };
    let both = move |_| keep_both(app, pair.1.clone());
    view! {
        <div class="banner banner-warning versions" role="region" aria-label=move || lang.get().text(Msg::VersionsRegion)>
            <p>{changed}</p>
            <div class="versions-actions">
                <button type="button" class="button button-small button-primary" on:click=keep_this disabled=move || !saved()>
                    {text(Msg::VersionKeepThis)}
                </button>
                <button type="button" class="button button-small" on:click=both disabled=move || !saved()>
                    {text(Msg::VersionKeepBoth)}
                </button>
                <button type="button" class="button button-small" on:click=open>{text(Msg::VersionOpenOther)}</button>
            </div>
            <Show when=move || !saved()>
                <p class="versions-wait" role="status">{text(Msg::VersionWaitSave)}</p>
            </Show>
            <details class="to-be-details">
                <summary>{text(Msg::VersionsCompare)}</summary>
                {details}
            </details>
        </div>
    }
}

/// The name of a part of a journey, as the editor calls it.
fn label(part: Part) -> Msg {
    match part {
        Part::Field(JourneyField::Title) => Msg::Title,
        Part::Field(JourneyField::PersonaName) => Msg::Persona,
        Part::Field(JourneyField::PersonaSituation) => Msg::PersonaSituation,
        Part::Field(JourneyField::Goal) => Msg::Goal,
        Part::Field(JourneyField::Means) => Msg::Means,
        Part::Field(JourneyField::Trigger) => Msg::Trigger,
        Part::Field(JourneyField::Outcome) => Msg::Outcome,
        Part::Agencies => Msg::Agencies,
        Part::Phases => Msg::Phases,
        Part::Stories => Msg::StoriesView,
        Part::Ideas => Msg::IdeasView,
    }
}

/// Both versions as stored now: (original, other version).
async fn both_stored(app: AppState, pair: &(Id, Id)) -> Result<(Stored, Stored), StorageError> {
    let library = app.library().ok_or(StorageError::Unavailable)?;
    Ok((library.load(&pair.0).await?, library.load(&pair.1).await?))
}

/// Keeps the version `keep` (either of the pair) under the original's id and removes the
/// other version; the notice can put both back as they were.
fn keep_this(app: AppState, pair: (Id, Id), keep: Id) {
    spawn_local(async move {
        let result = async {
            let library = app.library().ok_or(StorageError::Unavailable)?;
            let (original, version) = both_stored(app, &pair).await?;
            let mut undo = vec![Write {
                journey: version.journey.clone(),
                expect: Expect::Absent,
                from_file: false,
            }];
            if keep == pair.1 {
                let kept = taken(&version.journey, &original.journey, now_ms());
                let rev = library
                    .save(&kept, Expect::Revision(original.revision))
                    .await?;
                app.told(&kept.id, rev);
                app.navigate(Route::Journey(kept.id.clone(), None));
                undo.push(Write {
                    journey: original.journey.clone(),
                    expect: Expect::Revision(rev),
                    from_file: false,
                });
            }
            library
                .delete(&pair.1, Expect::Revision(version.revision))
                .await?;
            app.told(&pair.1, 0);
            Ok::<_, StorageError>((original.journey.title, undo))
        };
        match result.await {
            Ok((title, undo)) => {
                let put_back: NoticeAction = std::sync::Arc::new(move || put_back(app, &undo));
                app.notices
                    .info(Msg::VersionKept, vec![title], Some(put_back));
            }
            Err(e) => app.report(e),
        }
    });
}

/// The undo of a choice: both versions back as they were (one transaction).
fn put_back(app: AppState, writes: &[Write]) {
    let writes = writes.to_vec();
    spawn_local(async move {
        match app.store_all(&writes).await {
            Ok(revs) => {
                for (w, rev) in writes.iter().zip(revs) {
                    app.told(&w.journey.id, rev);
                }
            }
            Err(e) => app.report(e),
        }
    });
}

/// Keeps both: the other version becomes a journey of its own, named apart.
fn keep_both(app: AppState, version: Id) {
    spawn_local(async move {
        let result = async {
            let library = app.library().ok_or(StorageError::Unavailable)?;
            let stored = library.load(&version).await?;
            let title = app.lang.get_untracked().text_with(
                Msg::TeamVersionTitle,
                std::slice::from_ref(&stored.journey.title),
            );
            let own = parted(&stored.journey, title.clone(), now_ms());
            let rev = library
                .save(&own, Expect::Revision(stored.revision))
                .await?;
            app.told(&version, rev);
            Ok::<_, StorageError>(title)
        };
        match result.await {
            Ok(title) => app
                .notices
                .info(Msg::VersionsParted, vec![title], None::<NoticeAction>),
            Err(e) => app.report(e),
        }
    });
}
