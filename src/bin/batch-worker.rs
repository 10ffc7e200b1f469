//! The batch page's Web Worker (Trunk builds it with `--no-default-features --features
//! batch-worker`): it exports `BatchScreener` (src/api/batch.rs); nothing else runs at start.
#[cfg(all(target_arch = "wasm32", feature = "batch-worker"))]
fn main() {
    assistance_calculator::api::batch::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "batch-worker")))]
fn main() {
    eprintln!("the batch worker runs in the browser: build it with `trunk build` (see README)");
}
