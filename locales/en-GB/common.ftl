## Parts of every page: header, footer, banners.

service-name = Your care information
skip-to-main-content = Skip to main content
language-navigation-label = Language
demo-tag = Demo
demo-banner = This is a demonstration. Everyone in it is made up. Do not enter real information.
banner-important = Important
language-unavailable = We cannot show this page in “{ $language }”. We are showing it in English. You can choose another language at the top of the page.
footer-links-heading = Support links
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-cookies = Cookies
footer-contact = Contact us
footer-meta = © { $organisation }. This service is run by { $organisation }.
print-this-page = Print this page
setup-tag = Not set up
setup-banner = A council has not set up this service yet. The contact details on these pages are examples.
error-prefix = Error:
error-summary-title = There is a problem
error-unreadable-form = We could not read the form. Please try again.
navigation-label = Your account
navigation-account = Your information
navigation-messages = Messages
navigation-messages-new = { $count ->
    [one] Messages (1 new)
   *[other] Messages ({ $count } new)
}
navigation-sign-out = Sign out
acting-for = You are acting for { $name }.
acting-for-change = Change who you are acting for
timeout-heading = You are about to be signed out
timeout-body = For your security, we will sign you out in { $minutes } minutes if you do not do anything.
timeout-stay = Stay signed in
role-caseworker = Caseworker
role-privacy-officer = Privacy officer
role-comms-officer = Communications officer
role-administrator = Administrator
pagination-pages = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-page-of = Page { $page } of { $pages }
exit-this-page = Exit this page
exit-this-page-hidden = Emergency
