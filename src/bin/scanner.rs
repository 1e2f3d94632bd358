//! The camera scanner's web worker (Trunk `data-type="worker"`, loaded only
//! when « Scanner des codes » opens): each message is a frame,
//! `[width, height, RGBA bytes]`; the answer is the list of the QR codes'
//! texts found in it. The frame is dropped right after: nothing is kept.

fn main() {
    #[cfg(target_arch = "wasm32")]
    run();
    #[cfg(not(target_arch = "wasm32"))]
    println!(
        "Le lecteur de codes est un « worker » de la page formateur·rice : lancez `make serve`."
    );
}

#[cfg(target_arch = "wasm32")]
fn run() {
    use wasm_bindgen::JsValue;
    labo::worker::serve(|frame: JsValue| {
        let frame = js_sys::Array::from(&frame);
        let width = frame.get(0).as_f64().unwrap_or(0.0) as usize;
        let height = frame.get(1).as_f64().unwrap_or(0.0) as usize;
        let rgba = js_sys::Uint8Array::new(&frame.get(2)).to_vec();
        labo::domain::trainer::scan::decode_rgba(width, height, &rgba)
            .into_iter()
            .map(|t| JsValue::from_str(&t))
            .collect::<js_sys::Array>()
            .into()
    });
}
