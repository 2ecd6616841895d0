//! The cards on the map, one per touchpoint, that open in the side panel. They are drawn by
//! hand, not through the view macro: there each card was a component with its own owner,
//! reactive closures and markers, and 200 cards took 24 of a 54 ms render. One effect keeps
//! them: a card is a button filled from a fixed skeleton (`face`), drawn again in place when
//! what it shows changes, and only the cards out of time order are moved. A press, a key or
//! a drag on a card is listened for once on the map (`card_events`); its marks (selected,
//! chosen, tab stop) are kept by one effect too (`follow_marks`).

use super::blueprint::BlueprintMode;
use super::face::{Face, face_of};
use super::layout::{CardData, lane_row, lanes_of};
use crate::components::shadow::NotHappened;
use crate::i18n::{Lang, Msg, use_i18n};
use crate::state::session::{MapSelection, Session};
use klantreis_core::{Id, Journey, World};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

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
    card: HtmlElement,
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
            let Some(data) = CardData::of(j, column, &lanes) else {
                // Its agency is gone: no lane to show it in.
                if let Some(gone) = self.cards.remove(&t.id) {
                    gone.card.remove();
                }
                continue;
            };
            let card = match self.cards.remove(&t.id) {
                Some(drawn) => drawn.card,
                None => match new_card() {
                    Some(card) => card,
                    None => continue,
                },
            };
            let marks = Marks::of(s, &t.id, first == Some(&t.id));
            paint(&card, &data, not, marks, common);
            self.cards.insert(
                t.id.clone(),
                Drawn {
                    data,
                    never: not,
                    card,
                },
            );
        }
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
        self.put_in_order(layer, &order);
        self.order = order;
    }

    /// Moves only the cards that are not where `order` has them: a card moved a column is one
    /// move (of it or of its neighbour). A moved card loses focus, which `focus_card` gives
    /// back after a move by keyboard.
    fn put_in_order(&self, layer: &Element, order: &[Id]) {
        let mut at = layer.first_element_child();
        for id in order {
            let Some(drawn) = self.cards.get(id) else {
                continue;
            };
            let card: &Element = drawn.card.as_ref();
            if at.as_ref() == Some(card) {
                at = card.next_element_sibling();
            } else {
                let _ = layer.insert_before(card, at.as_ref().map(|e| e.as_ref()));
            }
        }
    }
}

thread_local! {
    static BUTTON: Option<HtmlElement> = button();
}

fn button() -> Option<HtmlElement> {
    let b: HtmlElement = document().create_element("button").ok()?.dyn_into().ok()?;
    b.set_attribute("type", "button").ok()?;
    b.set_attribute("draggable", "true").ok()?;
    Some(b)
}

fn new_card() -> Option<HtmlElement> {
    BUTTON.with(|b| b.as_ref()?.clone_node().ok()?.dyn_into().ok())
}

/// Makes `card` show `data`: its classes, its place in the grid, its marks and its face.
fn paint(card: &HtmlElement, data: &CardData, never: bool, marks: Marks, common: Common) {
    let tp = &data.touchpoint;
    let mut class = String::from("card");
    for (on, name) in [
        (tp.world == Some(World::Systeemwereld), " card-system"),
        (tp.moment_of_truth, " card-truth"),
        (never, " card-never"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    card.set_class_name(&class);
    let _ = card.set_attribute("data-card", tp.id.as_str());
    marks.set_on(card);
    let style = card.style();
    let _ = style.set_property("grid-row", &lane_row(data.lane, common.layers));
    let _ = style.set_property("grid-column", &(data.column + 2).to_string());
    let _ = style.set_property("--lane-colour", &data.colour);
    // Its spoken part is heard first, before what the card shows (a label of its own would
    // hide the visible text from the name: WCAG 2.5.3).
    let spoken = spoken(common.language, data.column, common.total, &data.agency);
    let face = Face::of(tp, common.language, spoken, common.asked, never);
    face_of(card.clone().into(), face);
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
