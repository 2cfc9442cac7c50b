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
