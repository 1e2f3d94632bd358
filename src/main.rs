//! The home page's WebAssembly (built by Trunk from `index.html`). The other
//! pages have their own binaries in `src/bin/`. Natively it only says how to
//! run the app, so that `cargo run` stays meaningful.

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::pages::mount_home();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
