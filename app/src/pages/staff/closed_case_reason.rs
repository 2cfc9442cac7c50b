//! `/staff/people/{person}/why`: "Why do you need to open this closed case?", asked before a
//! member of staff sees anything of the record of a person whose case closed long enough ago
//! (`candour_services::closed_cases`). One question on its own page: nothing of the person is
//! shown but the day their case closed. Giving a reason goes on to the page they were opening
//! (`return_to`, one of this person's staff pages; otherwise their summary). A blank or
//! over-long reason is shown in an error summary with what was typed kept. When no reason is
//! needed (the case is open, or a reason was given this sign-in) the page goes straight on.
//! Works without JavaScript.

use super::share_new::person_in_address;
use crate::components::textarea::Textarea;
use crate::i18n::{date, t, t_args};
use crate::layout::guard::{require_staff, send_to};
use crate::pages::requests::{summary, title};
use crate::serverfns::closed_cases::reason::GiveClosedCaseReason;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::person::PersonId;
use candour_services::closed_cases::{REASON, asking};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Where to go once the reason is given: `return_to` when it is one of `person`'s staff pages or
/// a rights request's page (which asks again for another person's case), otherwise their
/// summary.
pub fn onward(person: PersonId, return_to: Option<&str>) -> String {
    let summary = format!("/staff/people/{}", person.0);
    let safe = crate::routes::may_return_to(return_to);
    let why = format!("{summary}/why");
    let of_this_person = safe == summary
        || safe.starts_with("/staff/requests/CR-")
        || (safe.starts_with(&format!("{summary}/")) && !safe.starts_with(&why));
    if of_this_person { safe } else { summary }
}

/// `/staff/people/{person}/why`
#[component]
pub fn ClosedCaseReasonPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let Some(person) = person_in_address() else {
        return crate::layout::guard::refused();
    };
    let return_to = use_query_map().with_untracked(|q| q.get("return_to"));
    let onward = onward(person, return_to.as_deref());
    let action = ServerAction::<GiveClosedCaseReason>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let caller = signed_in.caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let asked = match asking(&services, &caller, person).await {
                    Ok(Some(asked)) => asked,
                    Ok(None) => {
                        send_to(&onward);
                        return ().into_any();
                    }
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let value = error.as_ref().and_then(|e| e.answer(REASON));
                let problem = error.as_ref().and_then(|e| e.problem_for(REASON)).map(|k| t(&k));
                let hint = t_args(
                    "closed-reason-hint",
                    [("date", date(asked.closed_on).into()), ("days", asked.days.into())],
                );
                view! {
                    <Title text=title("closed-reason-title", error.as_ref())/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[(REASON, "#reason")])}
                            <ActionForm action=action attr:novalidate="true">
                                <input type="hidden" name="person" value=person.0.to_string()/>
                                <input type="hidden" name="return_to" value=onward/>
                                <Textarea
                                    name=REASON
                                    label=t("closed-reason-label")
                                    label_is_heading=true
                                    hint=hint
                                    value=value
                                    error=problem
                                />
                                <p class="govuk-body">{t("closed-reason-kept")}</p>
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("closed-reason-send")}</button>
                            </ActionForm>
                            <p class="govuk-body"><a class="govuk-link" href="/staff/people">{t("closed-reason-back")}</a></p>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_leads_on_only_to_this_persons_staff_pages() {
        let person = PersonId(7);
        let cases = [
            (Some("/staff/people/7"), "/staff/people/7"),
            (
                Some("/staff/people/7/record/3?why=casework"),
                "/staff/people/7/record/3?why=casework",
            ),
            (
                Some("/staff/people/7/sharing/new"),
                "/staff/people/7/sharing/new",
            ),
            (Some("/staff/people/8/record/3"), "/staff/people/7"),
            (Some("/staff/people/7/why"), "/staff/people/7"),
            (Some("/staff/people/77"), "/staff/people/7"),
            (Some("/record"), "/staff/people/7"),
            (
                Some("/staff/requests/CR-000004"),
                "/staff/requests/CR-000004",
            ),
            (Some("//evil.example/staff/people/7"), "/staff/people/7"),
            (None, "/staff/people/7"),
        ];
        for (asked, went) in cases {
            assert_eq!(onward(person, asked), went, "{asked:?}");
        }
    }
}
