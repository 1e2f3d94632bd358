//! Files on the person's device, without any server: saving a text as a
//! file (exports, CSV: a Blob, an object URL and a temporary link), and
//! taking the files chosen in a file input (imports).

use wasm_bindgen::JsCast;

/// The files chosen in the file input that fired `ev`; the input is then
/// cleared, so that choosing the same file again is noticed too. The list
/// is taken first: the input's file list is live and empties with it.
pub fn take_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|f| (0..f.length()).filter_map(|k| f.get(k)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// The texts of `files` with their names, in order. A file larger than
/// `max_bytes` is refused by its size before a byte is read; the error is
/// the name of the first file refused or unreadable.
pub async fn read_texts(
    files: Vec<web_sys::File>,
    max_bytes: f64,
) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for file in files {
        if file.size() > max_bytes {
            return Err(file.name());
        }
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| file.name())?;
        out.push((file.name(), text));
    }
    Ok(out)
}

/// Offers `text` as a download named `file_name`. Returns false when the
/// browser refused (the caller then says so).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    try_download(file_name, mime, text).is_some()
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    let _ = body.remove_child(&link);
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Today's date as `AAAA-MM-JJ`, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
