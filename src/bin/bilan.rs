//! The game debrief page's WebAssembly (built by Trunk from `bilan.html`,
//! generated from `index.html` by `scripts/build.sh`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::pages::mount_debrief();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
