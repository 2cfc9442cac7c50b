//! `/messages`: the person's messages, newest first (`candour_services::messages::read`, which
//! marks them read). Each says what happened, with "New" on those not read before and a link
//! to the page it is about. Only the person themselves: a delegate or member of staff gets
//! "not found".

use crate::i18n::t;
use crate::layout::guard::require_person;
use crate::layout::messages::MessageList;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_services::messages::read;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/messages`
#[component]
pub fn MessagesPage() -> impl IntoView {
    let (signed_in, person) = match require_person(PersonAction::ChooseNotifications) {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let services = app_state().services;
    view! {
        <Title text=t("messages-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("messages-heading")}</h1>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let messages = match read(&services, &signed_in.caller(), person).await {
                            Ok(messages) => messages,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        if messages.is_empty() {
                            return view! { <p class="govuk-body">{t("messages-none")}</p> }.into_any();
                        }
                        view! { <MessageList messages=messages/> }.into_any()
                    })}
                </Suspense>
                <p class="govuk-body">
                    <a class="govuk-link" href="/notifications">{t("messages-choose")}</a>
                </p>
            </div>
        </div>
    }
    .into_any()
}
