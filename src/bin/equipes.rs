//! The trainer's results page (team map, tables compared): its
//! WebAssembly, built by Trunk from `equipes.html`, generated from
//! `index.html` by `scripts/build.sh`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::pages::mount_trainer_results();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
