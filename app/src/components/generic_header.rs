//! GOV.UK generic header: the council's name and the service name, with no crown and no
//! GOV.UK branding, because a council service is not part of GOV.UK (GOV.UK Design System,
//! "Generic header").

use leptos::prelude::*;

/// The page header: council name linking home, then the service name.
#[component]
pub fn GenericHeader(
    /// Where the council name links to.
    #[prop(into)]
    url: String,
    /// The council's name.
    #[prop(into)]
    logo_text: String,
    /// The name of this service, shown beside the council's.
    #[prop(into, optional)]
    service_name: Option<String>,
) -> impl IntoView {
    view! {
        <div class="govuk-generic-header">
            <div class="govuk-generic-header__container govuk-width-container">
                <div class="govuk-generic-header__logo">
                    <a href=url class="govuk-generic-header__homepage-link">
                        {logo_text}
                        {service_name
                            .map(|name| {
                                view! { <span class="candour-header__service-name">{name}</span> }
                            })}
                    </a>
                </div>
            </div>
        </div>
    }
}
