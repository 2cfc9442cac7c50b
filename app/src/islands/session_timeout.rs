//! The warning before a session times out (WCAG 2.2 SC 2.2.1 Timing Adjustable): two minutes
//! before the idle limit a dialog says what will happen and offers to stay signed in with one
//! button; staying tells the server (which resets its clock). If the time runs out the browser
//! goes to "You have been signed out", keeping the page the person was on.
//!
//! Without JavaScript there is no warning; the server then ends the session at the limit, and
//! the next page says "you were signed out" and offers to sign in again and return (see
//! `layout::guard`). The pattern follows HMRC's timeout dialog.

#![expect(
    missing_docs,
    reason = "the island macro generates an undocumented props struct"
)]

use leptos::prelude::*;
use std::time::Duration;

/// Everything the dialog says, in the page's language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeoutText {
    /// Dialog heading.
    pub heading: String,
    /// What will happen.
    pub body: String,
    /// The button that keeps the session.
    pub stay: String,
}

/// Hidden until the warning time; then a dialog.
#[island]
pub fn SessionTimeout(
    /// Seconds from page load to the warning.
    warn_after: u64,
    /// Seconds from page load to the end of the session.
    end_after: u64,
    /// Where to go when the time runs out.
    signed_out_url: String,
    /// The dialog's words.
    text: TimeoutText,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let running = RwSignal::new(false);
    let generation = RwSignal::new(0u32);
    let button = NodeRef::<leptos::html::Button>::new();

    let schedule = move || {
        let this = generation.get_untracked().wrapping_add(1);
        generation.set(this);
        set_timeout(
            move || {
                if generation.get_untracked() == this {
                    open.set(true);
                }
            },
            Duration::from_secs(warn_after),
        );
        let url = signed_out_url.clone();
        set_timeout(
            move || {
                if generation.get_untracked() == this {
                    let _ = window().location().set_href(&url);
                }
            },
            Duration::from_secs(end_after),
        );
    };
    // Focus moves to the button once the dialog is shown (effects run after the page updates).
    Effect::new(move |_| {
        if open.get()
            && let Some(button) = button.get()
            && button.focus().is_err()
        {
            leptos::logging::warn!("could not move focus to the timeout warning");
        }
    });
    let schedule_on_mount = schedule.clone();
    Effect::new(move |_| {
        schedule_on_mount();
        running.set(true);
    });
    let stay = move |_| {
        let init = leptos::web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(leptos::web_sys::RequestCredentials::SameOrigin);
        // Fire and forget: if the session has already ended, the end timer takes the person to
        // the signed-out page, as it would have anyway.
        let _ = window().fetch_with_str_and_init("/auth/keep-alive", &init);
        open.set(false);
        schedule();
    };
    view! {
        <div
            class="candour-timeout"
            hidden=move || !open.get()
            data-hydrated=move || running.get().then_some("true")
        >
            <div
                class="candour-timeout__dialog"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="candour-timeout-heading"
                aria-describedby="candour-timeout-body"
            >
                <h2 class="govuk-heading-m" id="candour-timeout-heading">{text.heading}</h2>
                <p class="govuk-body" id="candour-timeout-body">{text.body}</p>
                <button type="button" class="govuk-button" node_ref=button on:click=stay>
                    {text.stay}
                </button>
            </div>
        </div>
    }
}
