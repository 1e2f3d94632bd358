//! The running order screen ("Déroulé"): choose a format, read each step's
//! timing, what to say and what to show, the advice on tables, print it as
//! a one-page facilitator sheet, and drive the room from here (go to a
//! step, its timer) while the projector, in this window or another one,
//! follows.

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::ui::data_table::DataTable;

use super::Part;
use super::clock::BigClock;
use super::compare::DEBRIEF;
use super::store::Desk;
use super::tx;
use crate::domain::game::Content;
use crate::domain::trainer::running_order::{
    Format, Run, RunAction, RunningOrders, Slide, deck as deck_of,
};
use crate::i18n;
use crate::route::TrainerView;
use crate::ui::use_i18n;

/// The shipped running orders (checked by the native tests; an unreadable
/// file gives none, and the screen says so).
pub fn orders() -> Option<&'static RunningOrders> {
    static ORDERS: OnceLock<Option<RunningOrders>> = OnceLock::new();
    ORDERS
        .get_or_init(|| RunningOrders::builtin().ok())
        .as_ref()
}

/// The run's format, or the first one when none was chosen yet.
pub fn format_of(d: &Desk) -> Option<&'static Format> {
    let o = orders()?;
    d.run
        .as_ref()
        .and_then(|r| o.format(&r.format))
        .or_else(|| o.formats.first())
}

/// The projector's slides of a format.
pub fn deck(f: &Format) -> Vec<(usize, Slide)> {
    deck_of(f, DEBRIEF.len() as u8)
}

/// The room's run: the saved one, or the start of the first format.
pub fn run_of(d: &Desk) -> Option<Run> {
    let f = format_of(d)?;
    Some(
        d.run
            .clone()
            .filter(|r| r.format == f.id)
            .unwrap_or_else(|| Run::new(f)),
    )
}

/// Applies an action to the room's run; refused actions change nothing.
pub fn dispatch(desk: RwSignal<Desk>, action: RunAction) -> bool {
    let Some((f, run)) = desk.with_untracked(|d| format_of(d).zip(run_of(d))) else {
        return false;
    };
    match run.apply(action, f, &deck(f)) {
        Ok(next) => {
            desk.update(|d| d.run = Some(next));
            true
        }
        Err(_) => false,
    }
}

/// "1 h 25" (or "1:25" in English) for minutes from the start.
fn at(minutes: u32) -> String {
    let i = use_i18n();
    i18n::tf(
        i.lang(),
        "trainer.order.at",
        &[
            ("h", &(minutes / 60).to_string()),
            ("mm", &format!("{:02}", minutes % 60)),
        ],
    )
}

#[component]
pub fn RunningOrderScreen(desk: RwSignal<Desk>, game: &'static Content) -> impl IntoView {
    let i = use_i18n();
    let Some(o) = orders() else {
        return view! { <p class="notice" role="alert">{i.tr("trainer.content_broken")}</p> }
            .into_any();
    };
    let format = Memo::new(move |_| desk.with(|d| format_of(d).map(|f| f.id.clone())));
    let step = Memo::new(move |_| {
        desk.with(|d| {
            let f = format_of(d)?;
            run_of(d).map(|r| r.step(&deck(f)))
        })
    });
    let choose = move |id: String| {
        if let Some(f) = o.format(&id) {
            desk.update(|d| d.run = Some(Run::new(f)));
        }
    };
    let first = &o.first_session;
    let scenario = game
        .scenarios
        .iter()
        .find(|s| s.id == first.scenario)
        .map(|s| &s.name);
    let difficulty = game
        .difficulties
        .get(first.difficulty.index())
        .map(|d| &d.name);
    let advice = view! {
        <section class="tr-order-advice" aria-labelledby="tr-order-advice">
            <h2 id="tr-order-advice">{i.tr("trainer.order.advice")}</h2>
            <dl class="tr-defs">
                {o.advice.iter().map(|a| view! {
                    <dt>{move || tx(&a.title)}</dt>
                    <dd>{move || tx(&a.body)}</dd>
                }).collect_view()}
                <dt>{i.tr("trainer.order.first_deal")}</dt>
                <dd>{move || i18n::tf(i.lang(), "trainer.order.first_deal_body", &[
                    ("scenario", &scenario.map(tx).unwrap_or_default()),
                    ("difficulty", &difficulty.map(tx).unwrap_or_default()),
                ])}</dd>
            </dl>
        </section>
    };
    let steps = move || {
        let id = format.get()?;
        let f = o.format(&id)?;
        let starts = f.starts();
        Some(view! {
            <DataTable id="tr-order-steps" class="tr-order-table" caption=move || tx(&f.name)>
                <thead><tr>
                    <th scope="col">{i.tr("trainer.order.when")}</th>
                    <th scope="col">{i.tr("trainer.order.step")}</th>
                    <th scope="col">{i.tr("trainer.order.say")}</th>
                    <th scope="col">{i.tr("trainer.order.show")}</th>
                </tr></thead>
                <tbody>
                    {f.steps.iter().enumerate().map(|(n, s)| {
                        let start = starts[n];
                        view! {
                            <tr class:tr-order-current=move || step.get() == Some(n) aria-current=move || (step.get() == Some(n)).then_some("step")>
                                <td class="tr-mono">{move || format!("{} – {}", at(start), at(start + s.minutes))}</td>
                                <th scope="row">
                                    {move || tx(&s.title)}
                                    <span class="tr-order-minutes">{move || i18n::tf(i.lang(), "trainer.order.minutes", &[("n", &s.minutes.to_string())])}</span>
                                    <button type="button" class="small secondary tr-order-go"
                                        aria-label=move || i18n::tf(i.lang(), "trainer.order.go_named", &[("n", &(n + 1).to_string()), ("title", &tx(&s.title))])
                                        on:click=move |_| { dispatch(desk, RunAction::GoToStep(n)); }>
                                        {i.tr("trainer.order.go")}
                                    </button>
                                </th>
                                <td>{move || tx(&s.say)}</td>
                                <td>{move || tx(&s.show)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })
    };
    let now = move || {
        desk.with(|d| {
            let f = format_of(d)?;
            let n = run_of(d)?.step(&deck(f));
            let s = f.steps.get(n)?;
            Some(i18n::tf(
                i.lang(),
                "trainer.order.now",
                &[
                    ("n", &(n + 1).to_string()),
                    ("total", &f.steps.len().to_string()),
                    ("title", &tx(&s.title)),
                ],
            ))
        })
    };
    view! {
        <div class="tr-order-sheet">
            <fieldset class="tr-order-formats tr-no-print">
                <legend>{i.tr("trainer.order.format")}</legend>
                {o.formats.iter().map(|f| {
                    let id = f.id.clone();
                    let mine = f.id.clone();
                    view! {
                        <label class="tr-radio">
                            <input type="radio" name="tr-order-format" value=f.id.clone()
                                checked=move || format.get().as_deref() == Some(mine.as_str())
                                on:change=move |_| choose(id.clone()) />
                            {move || tx(&f.name)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {steps}
            <section class="tr-order-room tr-no-print" aria-labelledby="tr-order-room">
                <h2 id="tr-order-room">{i.tr("trainer.order.room")}</h2>
                <p>{now}</p>
                <BigClock desk=desk id="tr-order-clock" />
                <p class="tr-order-links">
                    <a href=Part::View(TrainerView::Projector).href()>{i.tr("trainer.order.project")}</a>
                    <a href=Part::View(TrainerView::Projector).href() target="_blank">{i.tr("trainer.order.project_window")}</a>
                </p>
                <p class="muted">{i.tr("trainer.order.follow")}</p>
            </section>
            {advice}
            <p class="tr-no-print"><button type="button" on:click=move |_| crate::ui::dom::print()>{i.tr("trainer.order.print")}</button></p>
        </div>
    }
    .into_any()
}
