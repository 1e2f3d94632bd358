//! Entry point of the browser app (built by Trunk). Natively it only says
//! how to run the app, so that `cargo run` stays meaningful.

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::mount();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
