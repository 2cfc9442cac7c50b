## Contact details, shown on the contact page and on error pages.

contact-title = Contact us
contact-heading = Contact us
contact-intro = You can contact { $organisation } adult social care team.
contact-phone-label = Phone
contact-email-label = Email
contact-address-label = Address
contact-website-label = Website
contact-dpo-label = Data protection officer
contact-hours = Monday to Friday, 9am to 5pm.
contact-dpo-intro = You can ask our data protection officer about how we use your information.
