//! Islands: the only parts of a page that run in the browser. Each one enhances markup that is
//! already complete without it, and each marks itself with `data-hydrated` once running, which
//! the browser tests wait for (a broken WebAssembly build still builds; only a browser shows
//! it).

pub mod exit_this_page;
pub mod focus_on_load;
pub mod print_button;
pub mod session_timeout;
