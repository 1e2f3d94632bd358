//! The trainer's material page (print-and-play, content packs and their
//! format guide): its WebAssembly, built by Trunk from `materiel.html`,
//! generated from `index.html` by `scripts/build.sh`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::pages::mount_trainer_kit();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
