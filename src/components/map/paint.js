// Puts the map's cards into the DOM from what face.rs and card.rs worked out in Rust.
//
// Why JavaScript: a card is about forty DOM calls (clone, classes, grid place, a dozen texts,
// the marks). Made from Rust, each call crosses from WebAssembly into JavaScript and decodes
// its strings; for 200 cards the same calls made here take half the time. Rust still decides
// everything a card shows and which cards to paint (paint.rs); it sends them over as one
// JSON string, and this file only copies that into elements.
//
// A user's words only ever go into `textContent` and attribute values, never into markup:
// the only markup parsed here is paint.rs's skeleton and figures, our own.

let made = null;

// Takes the card's skeleton and the marks' figures: our own markup, made in paint.rs (called
// once, before the first card).
export function setUp(skeleton, figures) {
  const template = (html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    return t.content;
  };
  const button = document.createElement('button');
  button.type = 'button';
  button.draggable = true;
  const parts = template(skeleton);
  button.append(parts.cloneNode(true));
  made = { skeleton: parts, figures: template(figures), button };
}

function templates() {
  if (!made) throw new Error('paint.js: setUp was not called');
  return made;
}

// Paints `painted` (a JSON list of card.rs's `Painted`) into `cards`: the card at the same
// index, or a new one where that is undefined. Returns the cards, in the list's order.
export function paintCards(cards, painted) {
  const { skeleton, figures, button } = templates();
  return JSON.parse(painted).map((p, i) => {
    let card = cards[i];
    if (card) {
      card.replaceChildren(skeleton.cloneNode(true));
    } else {
      // A new card comes with an empty skeleton inside: one copy, not two.
      card = button.cloneNode(true);
    }
    card.className = p.class;
    card.setAttribute('data-card', p.id);
    card.setAttribute('tabindex', p.tab_stop ? '0' : '-1');
    card.setAttribute('aria-pressed', p.pressed ? 'true' : 'false');
    // One style string, not three properties; the colour is a checked #rrggbb (agency.rs).
    card.setAttribute('style', `grid-row: ${p.row}; grid-column: ${p.column}; --lane-colour: ${p.colour}`);
    fill(card.firstElementChild, p.face, figures);
    return card;
  });
}

// Makes `card`'s inside show `face` (a JSON `Face`), replacing what it showed.
export function fillFace(card, face) {
  const { skeleton, figures } = templates();
  card.replaceChildren(skeleton.cloneNode(true));
  fill(card.firstElementChild, JSON.parse(face), figures);
}

// Fills the skeleton whose first part is `spoken`.
function fill(spoken, face, figures) {
  const top = spoken.nextElementSibling;
  const meta = top.nextElementSibling;
  const quote = meta.nextElementSibling;
  const marks = quote.nextElementSibling;
  spoken.textContent = face.spoken;
  const emotion = top.firstElementChild;
  emotion.className = `card-emotion ${face.emotion_class}`;
  emotion.firstElementChild.textContent = face.emotion_glyph;
  emotion.lastElementChild.textContent = face.emotion_words;
  top.lastElementChild.textContent = face.title;
  meta.firstElementChild.textContent = face.channel;
  if (face.date == null) meta.lastElementChild.remove();
  else meta.lastElementChild.textContent = face.date;
  if (face.quote == null) quote.remove();
  else quote.textContent = face.quote;
  for (const m of face.marks) marks.append(mark(m, figures));
}

function mark(m, figures) {
  const el = document.createElement('span');
  el.className = m.class;
  if (m.title != null) el.title = m.title;
  if (m.hidden != null) {
    const span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = m.hidden;
    el.append(span);
  }
  if (m.figure != null) {
    const triad = m.figure.triad;
    const svg = (triad ? figures.firstElementChild : figures.lastElementChild).cloneNode(true);
    if (triad) {
      svg.lastElementChild.setAttribute('cx', String(triad[0]));
      svg.lastElementChild.setAttribute('cy', String(triad[1]));
    }
    el.append(svg);
  }
  el.append(m.text);
  return el;
}

// Moves only the cards not where `cards` (in time order) has them: a card moved a column is
// one move, of it or of its neighbour. A moved card loses focus; card.rs's `focus_card` gives
// it back after a move by keyboard.
export function putInOrder(layer, cards) {
  let at = layer.firstElementChild;
  // Cards that go in before the same element go in together (all of them on the first draw).
  let run = null;
  const flush = () => {
    if (run) layer.insertBefore(run, at);
    run = null;
  };
  for (const card of cards) {
    if (at === card) {
      flush();
      at = card.nextElementSibling;
    } else {
      (run ||= document.createDocumentFragment()).append(card);
    }
  }
  flush();
}
