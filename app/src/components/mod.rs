//! One Leptos component per GOV.UK Frontend component, with GOV.UK's markup and class names so
//! its CSS and its accessibility testing carry over. Components take everything as props and
//! read no request state, so each can be rendered and compared with GOV.UK Frontend's own
//! `fixtures.json` in tests.

pub mod back_link;
pub mod checkboxes;
pub mod date_input;
pub mod error_message;
pub mod error_summary;
pub mod file_upload;
pub mod footer;
pub mod generic_header;
pub mod language_navigation;
pub mod notification_banner;
pub mod pagination;
pub mod phase_banner;
pub mod radios;
pub mod select;
pub mod skip_link;
pub mod start_button;
pub mod summary_list;
pub mod text_input;
pub mod textarea;

#[cfg(all(test, feature = "ssr"))]
mod fixtures;
