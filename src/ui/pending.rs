//! An honest page for a screen that is not built yet, and for unknown links.

use leptos::prelude::*;

use super::use_i18n;

#[component]
pub fn Pending(title: &'static str, body: &'static str) -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1>{move || i.t(title)}</h1>
        <p class="notice">{move || i.t(body)}</p>
        <p>
            <a href="#/">{move || i.t("shell.back_home")}</a>
        </p>
    }
}
