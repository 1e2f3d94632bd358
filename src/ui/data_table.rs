//! The frame of every wide data table: a scrollable region that the
//! keyboard can reach and that a screen reader names by the table's
//! caption, so that on a narrow screen the table scrolls, not the page.

use leptos::prelude::*;

/// A table with its caption inside a scrollable region. The children are
/// the table's rows (`<thead>`, `<tbody>`).
#[component]
pub fn DataTable(
    /// The table's id; its caption gets `{id}-caption`.
    id: &'static str,
    /// What the table shows (also the region's name).
    #[prop(into)]
    caption: TextProp,
    /// Classes added to `tr-table`.
    #[prop(optional)]
    class: &'static str,
    /// Hides the caption from sight when a heading above already says it.
    #[prop(optional)]
    hide_caption: bool,
    children: Children,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <div class="tr-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class=format!("tr-table {class}") id=id>
                <caption id=caption_id class:visually-hidden=hide_caption>{move || caption.get().to_string()}</caption>
                {children()}
            </table>
        </div>
    }
}
