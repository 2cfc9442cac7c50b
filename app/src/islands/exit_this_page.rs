//! GOV.UK "Exit this page", on the pages a person may need to leave in a hurry (their record,
//! who their information went to, who looked, their helpers, their requests): someone may be
//! reading about care with the person they fear in the room.
//!
//! Without JavaScript it is a plain link to a neutral site (the button at the top of the page,
//! first after the skip link in the main content). With JavaScript, pressing Shift three times
//! within five seconds leaves too, from anywhere on the page, as GOV.UK Frontend's component
//! does; the island marks itself running with `data-hydrated`.
//!
//! The neutral site is the one GOV.UK's guidance suggests, [`NEUTRAL_SITE`]; councils may want
//! their own, which would be a setting.

#![expect(
    missing_docs,
    reason = "the island macro generates an undocumented props struct"
)]

use leptos::prelude::*;

/// Where "Exit this page" goes: a page that gives nothing away (GOV.UK's suggestion).
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

/// How many presses of Shift leave the page.
const PRESSES: u32 = 3;

/// How long the presses may take, from the first.
const WITHIN: std::time::Duration = std::time::Duration::from_secs(5);

/// The "Exit this page" button, and the Shift-three-times shortcut once running.
#[island]
pub fn ExitThisPage(
    /// "Exit this page", in the page's language.
    label: String,
    /// A word read before it by screen readers ("Emergency").
    hidden_label: String,
) -> impl IntoView {
    let running = RwSignal::new(false);
    let presses = RwSignal::new(0_u32);
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::keydown, move |event| {
            if event.key() != "Shift" || event.repeat() {
                return;
            }
            let count = presses.get_untracked() + 1;
            presses.set(count);
            if count == 1 {
                set_timeout(move || presses.set(0), WITHIN);
            }
            if count >= PRESSES && window().location().set_href(NEUTRAL_SITE).is_err() {
                leptos::logging::warn!("the browser refused to leave the page");
            }
        });
        on_cleanup(move || handle.remove());
        running.set(true);
    });
    view! {
        <div class="govuk-exit-this-page" data-hydrated=move || running.get().then_some("true")>
            <a
                href=NEUTRAL_SITE
                role="button"
                draggable="false"
                rel="nofollow noreferrer"
                class="govuk-button govuk-button--warning govuk-exit-this-page__button"
            >
                <span class="govuk-visually-hidden">{hidden_label}</span>
                " "
                {label}
            </a>
        </div>
    }
}
