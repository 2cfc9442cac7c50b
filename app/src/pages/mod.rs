//! One file per page. Pages read what they show through the store or request context and
//! render GOV.UK components; they run no SQL and hold no rules.

pub mod accept_invitation;
pub mod access_log;
pub mod access_log_ask;
pub mod access_log_closed;
pub mod accessibility;
pub mod account;
pub mod consents;
pub mod contact;
pub mod cookies;
pub mod cross_site;
pub mod delegate_invite;
pub mod delegate_invited;
pub mod delegates;
pub mod demo_sign_in;
pub mod leaflets;
pub mod messages;
pub mod not_found;
pub mod notifications;
pub mod privacy;
pub mod problem;
pub mod record;
pub mod requests;
pub mod sharing;
pub mod sign_in;
pub mod sign_in_problem;
pub mod signed_out;
pub mod staff;
pub mod start;
pub mod too_large;
pub mod too_many;
pub mod what_we_hold;

/// Pages whose HTML depends only on the configuration and the visitor's language (and the
/// response's nonce), never on who is asking or on stored data. The server may keep a rendered
/// copy of these for anonymous visitors.
pub const UNCHANGING_PAGES: &[&str] = &[
    "/",
    "/accessibility",
    "/cookies",
    "/privacy",
    "/contact",
    "/sign-in",
];
