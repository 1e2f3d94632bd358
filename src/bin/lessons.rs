//! The lesson sheet's web worker (Trunk `data-type="worker"`, loaded only
//! when the trainer opens « Pourquoi le jeu fonctionne ainsi »): plays the
//! simulator's games off the page's thread. Message: a JSON
//! `lesson_sheet::Request`; answer: the JSON figures, or `null`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    run();
    #[cfg(not(target_arch = "wasm32"))]
    println!(
        "Le calcul des leçons est un « worker » de la page formateur·rice : lancez `make serve`."
    );
}

#[cfg(target_arch = "wasm32")]
fn run() {
    use labo::domain::trainer::lesson_sheet::{Request, run};
    use wasm_bindgen::JsValue;
    labo::worker::serve(|message: JsValue| {
        let figures = message
            .as_string()
            .and_then(|m| serde_json::from_str::<Request>(&m).ok())
            .and_then(|req| run(&req));
        JsValue::from_str(&serde_json::to_string(&figures).unwrap_or_default())
    });
}
