//! Question 3: "How should we reply?" The email address or phone number box is always shown
//! (a reveal would need JavaScript) and is needed only for those two choices.

use super::{summary, title};
use crate::components::back_link::BackLink;
use crate::components::radios::{RadioItem, Radios};
use crate::components::text_input::TextInput;
use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::requests::{load_draft, requester};
use crate::serverfns::requests::choose_contact::ChooseContact;
use candour_domain::rights::ContactPreference;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/requests/new/contact`
#[component]
pub fn NewContactPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((signed_in, person)) = requester() else {
        return view! { <NotFound/> }.into_any();
    };
    let action = ServerAction::<ChooseContact>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let items: Vec<RadioItem> = ContactPreference::ALL
        .into_iter()
        .map(|c| RadioItem {
            value: c.key().to_owned(),
            text: t(labels::contact(c)),
            hint: None,
        })
        .collect();
    view! {
        <Title text=title("request-contact-title", error.as_ref())/>
        <BackLink href="/requests/new/about" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[("contact", "#contact"), ("contact_detail", "#contact_detail")])}
                <ActionForm action=action attr:novalidate="true">
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let draft = load_draft(&signed_in, person).await.unwrap_or_default();
                            let checked = error.as_ref().and_then(|e| e.answer("contact")).or(draft.contact.clone());
                            let detail = error.as_ref().and_then(|e| e.answer("contact_detail")).or(draft.contact_detail.clone());
                            let problem = |field: &str| error.as_ref().and_then(|e| e.problem_for(field)).map(|k| t(&k));
                            view! {
                                <Radios
                                    name="contact"
                                    legend=t("request-contact-question")
                                    legend_is_heading=true
                                    items=items.clone()
                                    checked=checked
                                    error=problem("contact")
                                />
                                <TextInput
                                    name="contact_detail"
                                    label=t("request-contact-detail")
                                    hint=t("request-contact-detail-hint")
                                    value=detail
                                    error=problem("contact_detail")
                                />
                            }
                        })}
                    </Suspense>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("continue")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
