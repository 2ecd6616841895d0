//! The cards on the map, one per touchpoint, that open in the side panel. They are drawn by
//! hand, not through the view macro: there each card was a component with its own owner,
//! reactive closures and markers, and 200 cards took 24 of a 54 ms render. One effect keeps
//! them: a card says what `face` works out, is painted by `paint` (in one batch), drawn again
//! in place when what it shows changes, and only the cards out of time order are moved. A
//! press, a key or a drag on a card is listened for once on the map (`card_events`); its
//! marks (selected, chosen, tab stop) are kept by one effect too (`follow_marks`).

use super::blueprint::BlueprintMode;
use super::face::Face;
use super::layout::{CardData, lane_row, lanes_of};
use super::paint::{self, Painted};
use crate::components::shadow::NotHappened;
use crate::i18n::{Lang, Msg, use_i18n};
use crate::state::session::{MapSelection, Session};
use klantreis_core::{Id, Journey, World};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use web_sys::Element;

/// What every card depends on besides its own touchpoint: when it changes, all are drawn
/// again.
#[derive(Clone, Copy, PartialEq)]
struct Common {
    language: Lang,
    /// The signifiers asked of every touchpoint, for the "5/7" mark.
    asked: usize,
    /// The number of cards, for each card's spoken "4 of 12".
    total: usize,
    layers: bool,
}

struct Drawn {
    data: CardData,
    never: bool,
    card: Element,
}

/// The cards as drawn last: by touchpoint, and their order.
#[derive(Default)]
struct Deck {
    common: Option<Common>,
    cards: HashMap<Id, Drawn>,
    order: Vec<Id>,
}

/// Draws the journey's cards into `layer` (a `display: contents` box in the map's grid) and
/// keeps them as the journey changes.
pub fn draw_cards(layer: Element, session: Session) {
    let lang = use_i18n().lang;
    let layers = expect_context::<BlueprintMode>();
    let not_happened = use_context::<NotHappened>();
    let deck = StoredValue::new_local(Deck::default());
    Effect::new(move || {
        let never: Vec<Id> = not_happened.map(|n| n.0.get()).unwrap_or_default();
        let (language, layers) = (lang.get(), layers.on());
        session.with_journey(|j| {
            let common = Common {
                language,
                asked: j.touchpoint_set.asked().count(),
                total: j.touchpoints.len(),
                layers,
            };
            deck.update_value(|d| d.draw(&layer, j, common, &never, session));
        });
    });
    follow_marks(session, deck);
}

impl Deck {
    fn draw(&mut self, layer: &Element, j: &Journey, common: Common, never: &[Id], s: Session) {
        let again = self.common != Some(common);
        self.common = Some(common);
        let lanes = lanes_of(j);
        let first = j.touchpoints.first().map(|t| &t.id);
        let mut changed: Vec<(CardData, bool, Option<Element>)> = Vec::new();
        for (column, t) in j.touchpoints.iter().enumerate() {
            let lane = lanes.get(&t.agency).copied();
            let not = never.contains(&t.id);
            let same = self
                .cards
                .get(&t.id)
                .is_some_and(|d| !again && d.never == not && d.data.shows(j, column, lane));
            if same {
                continue;
            }
            let drawn = self.cards.remove(&t.id).map(|d| d.card);
            match CardData::of(j, column, &lanes) {
                Some(data) => changed.push((data, not, drawn)),
                // Its agency is gone: no lane to show it in.
                None => drawn.iter().for_each(Element::remove),
            }
        }
        self.paint(changed, common, first, s);
        // Compared before it is copied: most changes (a key press in a field) keep the order.
        let drawn = j
            .touchpoints
            .iter()
            .map(|t| &t.id)
            .filter(|id| self.cards.contains_key(*id));
        if drawn.clone().eq(self.order.iter()) {
            return;
        }
        let order: Vec<Id> = drawn.cloned().collect();
        let present: HashSet<&Id> = order.iter().collect();
        self.cards.retain(|id, drawn| {
            let keep = present.contains(id);
            if !keep {
                drawn.card.remove();
            }
            keep
        });
        paint::in_order(
            layer,
            order
                .iter()
                .filter_map(|id| Some(&self.cards.get(id)?.card)),
        );
        self.order = order;
    }

    /// Paints the changed cards in one batch (new ones made) and keeps them. Should the browser
    /// fail, those cards are taken off the map and out of the deck (no card stays on the map
    /// that the deck does not know), so the next change draws them again.
    fn paint(
        &mut self,
        changed: Vec<(CardData, bool, Option<Element>)>,
        common: Common,
        first: Option<&Id>,
        s: Session,
    ) {
        if changed.is_empty() {
            return;
        }
        let (rest, cards): (Vec<_>, Vec<_>) = changed
            .into_iter()
            .map(|(data, never, card)| ((data, never), card))
            .unzip();
        let painted: Vec<Painted> = rest
            .iter()
            .map(|(data, never)| {
                let id = &data.touchpoint.id;
                painted(data, *never, Marks::of(s, id, first == Some(id)), common)
            })
            .collect();
        let Some(cards) = paint::paint(&cards, &painted) else {
            cards.iter().flatten().for_each(Element::remove);
            return;
        };
        drop(painted);
        for ((data, never), card) in rest.into_iter().zip(cards) {
            self.cards
                .insert(data.touchpoint.id.clone(), Drawn { data, never, card });
        }
    }
}

/// What card `data` is to show: its classes, its place in the grid, its marks and its face.
fn painted(data: &CardData, never: bool, marks: Marks, common: Common) -> Painted<'_> {
    let tp = &data.touchpoint;
    let mut class = String::from("card");
    for (on, name) in [
        (tp.world == Some(World::Systeemwereld), " card-system"),
        (tp.moment_of_truth, " card-truth"),
        (never, " card-never"),
        (marks.selected, " card-selected"),
        (marks.chosen, " card-chosen"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    // Its spoken part is heard first, before what the card shows (a label of its own would
    // hide the visible text from the name: WCAG 2.5.3).
    let spoken = spoken(common.language, data.column, common.total, &data.agency);
    Painted {
        class,
        id: tp.id.as_str(),
        tab_stop: marks.tab_stop,
        pressed: marks.selected || marks.chosen,
        row: lane_row(data.lane, common.layers),
        column: data.column + 2,
        colour: &data.colour,
        face: Face::of(tp, common.language, spoken, common.asked, never),
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

    fn set_on(self, card: &Element) {
        let classes = card.class_list();
        let _ = classes.toggle_with_force("card-selected", self.selected);
        let _ = classes.toggle_with_force("card-chosen", self.chosen);
        let _ = card.set_attribute("tabindex", if self.tab_stop { "0" } else { "-1" });
        let pressed = self.selected || self.chosen;
        let _ = card.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}

/// Keeps the cards' marks as the selection and the chosen cards change, touching only the
/// cards whose marks may have changed: those marked before or now, and the first card (the
/// tab stop when none is selected). A card drawn again takes its marks then.
fn follow_marks(session: Session, deck: StoredValue<Deck, LocalStorage>) {
    Effect::new(move |before: Option<HashSet<Id>>| {
        let mut marked: HashSet<Id> = session.chosen.get().into_iter().collect();
        if let MapSelection::Touchpoint(id) = session.selection.get() {
            marked.insert(id);
        }
        let first = session.with_journey_untracked(|j| j.touchpoints.first().map(|t| t.id.clone()));
        let mut touched: HashSet<&Id> = marked.iter().chain(before.iter().flatten()).collect();
        touched.extend(first.as_ref());
        deck.with_value(|d| {
            for id in touched {
                if let Some(drawn) = d.cards.get(id) {
                    Marks::of(session, id, first.as_ref() == Some(id)).set_on(&drawn.card);
                }
            }
        });
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
