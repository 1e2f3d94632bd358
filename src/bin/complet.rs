//! The self-contained single file's WebAssembly (every screen; built by
//! `scripts/single-file.sh` with the `single` feature).

fn main() {
    #[cfg(target_arch = "wasm32")]
    labo::ui::pages::mount_all();
    #[cfg(not(target_arch = "wasm32"))]
    println!("Labo est une application web : lancez `make serve`.");
}
