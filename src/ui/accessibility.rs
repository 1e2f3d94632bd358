//! The accessibility statement: RGAA status and how to report a problem.

use leptos::prelude::*;

use super::use_i18n;

#[component]
pub fn Accessibility() -> impl IntoView {
    let i = use_i18n();
    let p = move |key: &'static str| view! { <p>{i.tr(key)}</p> };
    view! {
        <h1>{i.tr("a11y.title")}</h1>
        <h2>{i.tr("a11y.status.title")}</h2>
        {p("a11y.status.body")}
        <h2>{i.tr("a11y.done.title")}</h2>
        {p("a11y.done.body")}
        <h2>{i.tr("a11y.report.title")}</h2>
        {p("a11y.report.body")}
        <h2>{i.tr("a11y.recourse.title")}</h2>
        {p("a11y.recourse.body")}
    }
}
