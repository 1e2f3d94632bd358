//! An honest page for a screen that is not built yet, and for unknown links.

use leptos::prelude::*;

use super::use_i18n;

#[component]
pub fn Pending(title: &'static str, body: &'static str) -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1>{i.tr(title)}</h1>
        <p class="notice">{i.tr(body)}</p>
        <p>
            <a href="#/">{i.tr("shell.back_home")}</a>
        </p>
    }
}
