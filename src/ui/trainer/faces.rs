//! Card faces drawn from the content alone, with no game in progress: a
//! method card (its phases' colour band and pictograms, name, cost and
//! effects as signed chips, why it matters), a stakeholder (pictogram by
//! kind, hidden needs face down), an event (frein or levier) and the back
//! of each kind of card. The trainer's print-and-play and the preview of a
//! content pack draw them, so that paper, preview and table look alike.

use leptos::prelude::*;

use crate::domain::game::Content;
use crate::domain::game::content::{
    EventCard, EventKind, MethodCard, N_PHASES, N_STATS, Stakeholder,
};
use crate::i18n::{Lang, t, tn};
use crate::ui::game::{chips, icons, text};

/// The kinds of card, each with its back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    Method,
    Stakeholder,
    Frein,
    Levier,
}

impl Back {
    /// The words naming this kind of card.
    pub fn key(self) -> &'static str {
        match self {
            Back::Method => "trainer.print.kind.method",
            Back::Stakeholder => "trainer.print.kind.stakeholder",
            Back::Frein => "trainer.print.kind.frein",
            Back::Levier => "trainer.print.kind.levier",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Back::Method => "face-back face-back-method",
            Back::Stakeholder => "face-back face-back-sh",
            Back::Frein => "face-back face-back-frein",
            Back::Levier => "face-back face-back-levier",
        }
    }

    fn pictogram(self) -> &'static str {
        match self {
            Back::Method => icons::phase(2),
            Back::Stakeholder => icons::kind("association"),
            Back::Frein => icons::event(EventKind::Frein),
            Back::Levier => icons::event(EventKind::Levier),
        }
    }
}

/// A card's name as a heading of the level its place needs (2 on a
/// printed sheet, deeper inside the packs screen's sections).
fn heading(level: u8, name: String) -> AnyView {
    match level {
        0..=2 => view! { <h2 class="face-name">{name}</h2> }.into_any(),
        3 => view! { <h3 class="face-name">{name}</h3> }.into_any(),
        4 => view! { <h4 class="face-name">{name}</h4> }.into_any(),
        _ => view! { <h5 class="face-name">{name}</h5> }.into_any(),
    }
}

/// A method card's front: the cost shows as it is paid ("−1"), the effects
/// as they are gained ("+2"), as in the hand on the table.
pub fn method(c: &'static Content, lang: Lang, m: &MethodCard, level: u8) -> AnyView {
    let phases: Vec<u8> = (0..N_PHASES as u8)
        .filter(|p| m.phases & (1 << p) != 0)
        .collect();
    let first = phases.first().copied().unwrap_or(0);
    let band = phases
        .iter()
        .map(|p| view! { <span class="game-band-phase">{icons::icon(icons::phase(*p))}{text::phase_name(c, lang, *p)}</span> })
        .collect_view();
    let mut cost = [0i16; N_STATS];
    for (k, v) in m.cost.iter().enumerate() {
        cost[k] = -v;
    }
    let cost = if cost.iter().all(|v| *v == 0) {
        view! { <span class="game-chip">"0"</span> }.into_any()
    } else {
        chips(c, lang, &cost).into_any()
    };
    let reveal = (m.reveal > 0).then(|| {
        view! {
            <span class="game-chip game-chip-need">
                {icons::icon(icons::HIDDEN)}
                {tn(lang, "trainer.card.reveals", m.reveal as i64, &[])}
            </span>
        }
    });
    view! {
        <li class="face face-method" data-phase=first.to_string()>
            <p class="game-band">{band}</p>
            {heading(level, m.name.get(lang).to_owned())}
            <p class="game-chips"><span class="game-chips-label">{t(lang, "trainer.card.cost")}</span>{cost}</p>
            <p class="game-chips"><span class="game-chips-label">{t(lang, "trainer.card.effect")}</span>{chips(c, lang, &m.effects)}{reveal}</p>
            <p class="face-text">{m.text.get(lang).to_owned()}</p>
        </li>
    }
    .into_any()
}

/// A stakeholder's front: pictogram of its kind, who they are, and their
/// hidden needs as face-down tokens (discovered during the game).
pub fn stakeholder(c: &'static Content, lang: Lang, s: &Stakeholder, level: u8) -> AnyView {
    let kind_id = c
        .stakeholder_kinds
        .get(s.kind as usize)
        .map_or("", String::as_str);
    let kind = text::ct(c, lang, &format!("kind.{kind_id}"));
    let needs = tn(lang, "trainer.card.needs", s.needs.len() as i64, &[]);
    let tokens = (0..s.needs.len())
        .map(|_| view! { <li class="game-need game-need-down">{icons::icon(icons::HIDDEN)}</li> })
        .collect_view();
    view! {
        <li class="face face-sh">
            <p class="face-kind"><span class="game-sh-pic">{icons::icon(icons::kind(kind_id))}</span>{kind}</p>
            {heading(level, s.name.get(lang).to_owned())}
            <p class="face-text">{s.text.get(lang).to_owned()}</p>
            <p class="face-needs-label">{needs}</p>
            <ul class="game-needs" aria-hidden="true">{tokens}</ul>
        </li>
    }
    .into_any()
}

/// An event's front: frein or levier, what happens, and what changes it
/// when the table prepared for it.
pub fn event(c: &'static Content, lang: Lang, e: &EventCard, level: u8) -> AnyView {
    let (key, class) = match e.kind {
        EventKind::Frein => ("event.frein", "face face-event game-event-card game-frein"),
        EventKind::Levier => (
            "event.levier",
            "face face-event game-event-card game-levier",
        ),
    };
    let alt = (!e.alt_text.get(lang).is_empty()).then(|| {
        view! {
            <p class="face-alt">
                <strong>{t(lang, "trainer.print.otherwise")}</strong>" "{e.alt_text.get(lang).to_owned()}
                " "{chips(c, lang, &e.alt_effects)}
            </p>
        }
    });
    view! {
        <li class=class>
            <p class="game-kind">{icons::icon(icons::event(e.kind))}{text::ct(c, lang, key)}</p>
            {heading(level, e.name.get(lang).to_owned())}
            <p class="face-text">{e.text.get(lang).to_owned()}</p>
            <p class="game-chips">{chips(c, lang, &e.effects)}</p>
            {alt}
        </li>
    }
    .into_any()
}

/// The back of a card of this kind: the game's name over a pattern in the
/// kind's colour, its pictogram and its name, so that a deck sorts itself.
pub fn back(lang: Lang, kind: Back) -> AnyView {
    view! {
        <li class=kind.class()>
            <span class="face-back-mark" aria-hidden="true">{icons::icon(kind.pictogram())}</span>
            <p class="face-back-title">"Labo"</p>
            <p class="face-back-kind">{t(lang, kind.key())}</p>
        </li>
    }
    .into_any()
}
