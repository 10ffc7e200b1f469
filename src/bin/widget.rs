//! The browser entry point that Trunk builds (`data-bin="widget"`): mounts the Yew widget.
#[cfg(target_arch = "wasm32")]
fn main() {
    assistance_calculator::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the widget runs in the browser: build it with `trunk build` (see README)");
}
