//! A QR code drawn with the page's own SVG elements (no markup string
//! injected), named for screen readers by `label`.

use leptos::prelude::*;

use crate::domain::quiz::QrPath;

/// The QR code of `path` (see `domain::quiz::qr_path`), black on white,
/// scaling to its container.
#[component]
pub fn QrImage(path: QrPath, #[prop(into)] label: String) -> impl IntoView {
    let side = path.side;
    view! {
        <svg class="qr-image" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {side} {side}")
            shape-rendering="crispEdges" role="img" aria-label=label focusable="false">
            <rect width=side height=side fill="#fff"></rect>
            <path d=path.d fill="#000"></path>
        </svg>
    }
}
