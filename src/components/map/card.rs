//! One touchpoint on the map: a card that opens in the side panel (what a press, a key or a
//! drag on it does is in `card_events`), and its marks: selected, chosen, the tab stop.

use super::blueprint::{self, BlueprintMode};
use super::face::{Face, face_of};
use super::layout::{AskedCount, CardData, CardTotal, Cards, lane_row, layers_row};
use crate::components::shadow::NotHappened;
use crate::i18n::{Lang, Msg, use_i18n};
use crate::state::session::{MapSelection, Session, use_session};
use klantreis_core::{Id, World};
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn TouchpointCard(id: Id) -> impl IntoView {
    let session = use_session();
    let lang = use_i18n().lang;
    let id = StoredValue::new(id);
    let asked = expect_context::<Memo<AskedCount>>();
    let total = expect_context::<Memo<CardTotal>>();
    let layers = expect_context::<BlueprintMode>();
    let not_happened = use_context::<NotHappened>();
    let touchpoint = expect_context::<Cards>().card(session, &id.get_value());

    // The card is rebuilt when its touchpoint or the language changes; inside, texts are
    // plain strings, not one reactive effect each (200 cards would be thousands of effects).
    // A press, a key or a drag on it is listened for once on the map (`events`), and whether
    // it is selected or chosen is set by one effect for the map (`follow_marks`): with eight
    // listeners and four reactive attributes a card, a map of 200 made 1,600 closures and
    // every click woke 800 effects.
    move || {
        let language = lang.get();
        let asked = asked.get().0;
        let layers = layers.on();
        touchpoint.get().map(|card| {
            let CardData {
                column: i,
                lane,
                colour,
                agency,
                touchpoint: tp,
            } = card;
            let spoken = spoken(language, i, total.get().0, &agency);
            let system = tp.world == Some(World::Systeemwereld);
            let never = NotHappened::marks(not_happened, &tp.id);
            let column = (i + 2).to_string();
            let face = Face::of(&tp, language, spoken, asked, never);
            let cell = layers.then(|| {
                blueprint::cell(
                    id.get_value(),
                    &tp.blueprint,
                    layers_row(lane),
                    column.clone(),
                )
            });
            let marks = Marks::of(session, &id.get_value(), i == 0);
            view! {
                <button
                    type="button"
                    class="card"
                    class:card-selected=marks.selected
                    class:card-chosen=marks.chosen
                    class:card-system=system
                    class:card-truth=tp.moment_of_truth
                    class:card-never=never
                    data-card=id.get_value().to_string()
                    tabindex=marks.tabindex()
                    aria-pressed=marks.pressed()
                    style:grid-row=lane_row(lane, layers)
                    style:grid-column=column
                    style:--lane-colour=colour
                    draggable="true"
                    // Its spoken part is heard first, before what the card shows (a label of
                    // its own would hide the visible text from the name: WCAG 2.5.3).
                    use:face_of=face
                ></button>
                {cell}
            }
        })
    }
}

/// Whether a card is selected, chosen, and the map's one tab stop.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Marks {
    selected: bool,
    chosen: bool,
    tab_stop: bool,
}

impl Marks {
    /// Card `id`'s marks now (not tracked); `first`: it is the journey's first card.
    fn of(session: Session, id: &Id, first: bool) -> Self {
        let (selected, tab_stop) = session.selection.with_untracked(|s| match s {
            MapSelection::Touchpoint(x) => (x == id, x == id),
            // One tab stop for the whole map: the selected card, or the first when none is.
            _ => (false, first),
        });
        Marks {
            selected,
            chosen: session.chosen.with_untracked(|c| c.contains(id)),
            tab_stop,
        }
    }

    fn tabindex(self) -> &'static str {
        if self.tab_stop { "0" } else { "-1" }
    }

    fn pressed(self) -> &'static str {
        if self.selected || self.chosen {
            "true"
        } else {
            "false"
        }
    }

    fn set_on(self, card: &web_sys::Element) {
        let classes = card.class_list();
        let _ = classes.toggle_with_force("card-selected", self.selected);
        let _ = classes.toggle_with_force("card-chosen", self.chosen);
        let _ = card.set_attribute("tabindex", self.tabindex());
        let _ = card.set_attribute("aria-pressed", self.pressed());
    }
}

/// Keeps the cards' marks on the map `grid` as the selection and the chosen cards change,
/// touching only the cards whose marks may have changed: those marked before or now, and the
/// first card (the tab stop when none is selected). A card drawn again takes its marks when
/// it is built.
pub fn follow_marks(session: Session, grid: NodeRef<leptos::html::Div>) {
    Effect::new(move |before: Option<HashSet<Id>>| {
        let mut marked: HashSet<Id> = session.chosen.get().into_iter().collect();
        if let MapSelection::Touchpoint(id) = session.selection.get() {
            marked.insert(id);
        }
        let Some(grid) = grid.get_untracked() else {
            return marked;
        };
        let first = session.with_journey_untracked(|j| j.touchpoints.first().map(|t| t.id.clone()));
        let mut touched: HashSet<&Id> = marked.iter().chain(before.iter().flatten()).collect();
        touched.extend(first.as_ref());
        let cards = grid.get_elements_by_class_name("card");
        for i in 0..cards.length() {
            let Some(card) = cards.item(i) else { continue };
            let Some(id) = card.get_attribute("data-card").map(Id::new) else {
                continue;
            };
            if touched.contains(&id) {
                Marks::of(session, &id, first.as_ref() == Some(&id)).set_on(&card);
            }
        }
        marked
    });
}

/// What a screen reader hears before a card's own text (its emotion in words, its title,
/// channel, date…): "Contactmoment 4 van 12, Gemeente,".
fn spoken(language: Lang, column: usize, total: usize, agency: &str) -> String {
    language.text_with(
        Msg::CardSpoken,
        &[
            (column + 1).to_string(),
            total.to_string(),
            agency.to_owned(),
        ],
    )
}
