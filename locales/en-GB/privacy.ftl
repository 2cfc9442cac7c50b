## The privacy notice (UK GDPR Articles 13 and 14).

privacy-title = Privacy notice
privacy-heading = Privacy notice
privacy-who-heading = Who we are
privacy-who = { $organisation } is responsible for your information in this service. The law calls us the “data controller”.
privacy-what-heading = What information we show you
privacy-what = This service shows you the information our adult social care team holds about you. This includes your care record, who we shared it with, and who looked at it.
privacy-why-heading = Why we use your information
privacy-why = We use your information to give you care and support. The law says we must do this. This is called a “public task”.
privacy-why-health = Some of your information is about your health. We can use it because we provide social care. This is allowed by the UK General Data Protection Regulation (UK GDPR), Article 9(2)(h).
privacy-sign-in-heading = Information we keep when you use this service
privacy-sign-in = When you sign in, we keep a record of what you looked at and what you asked for. This keeps your information safe.
privacy-share-heading = Who we share your information with
privacy-share = We only share your information when we need to. You can see every time we shared it in this service.
privacy-keep-heading = How long we keep your information
privacy-keep = We keep your care record for a set time after your care ends. The time depends on the kind of care you had.
privacy-rights-heading = Your rights
privacy-rights = You can ask for a copy of your information. You can ask us to correct it, delete it or stop using it. You can say no to how we use it. It is free.
privacy-complain-heading = How to complain
privacy-complain = If you are not happy with how we use your information, contact our data protection officer first.
privacy-ico = You can also complain to the Information Commissioner’s Office (ICO). Phone 0303 123 1113 or visit ico.org.uk.
