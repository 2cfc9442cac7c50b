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

## What we hold about you (UK GDPR Article 15(1)(a) to (h)).

privacy-held-link = See what we hold about you, and how long we keep it
account-held-link = What we hold about you, and how long we keep it
held-title = What we hold about you
held-intro = This is what { $organisation } holds about { $name }, why we hold it and what you can do about it. Made on { $date }.
held-pdf-link = Download this page as a PDF to print or keep
held-footer = { $organisation }, what we hold about you, made on { $date }
held-why-heading = Why we use your information
held-why-intro = We use your information for these reasons.
held-use = { $use }.
held-why-consent = { $purpose }. You said yes to this on { $date }.
held-why-link = See what you said yes or no to, and change it
held-what-heading = What information we hold
held-what-details = Your details: your name, your date of birth and the reference for your case. Also your language and how you like us to talk with you.
held-what-details-nhs = Your details: your name, your date of birth, your NHS number and the reference for your case. Also your language and how you like us to talk with you.
held-what-record = Your care record. It has:
held-what-none = We have not written anything in your care record yet.
held-what-kind = { $kind }: { $count }
held-what-special = Information about your health and care is special. The law protects it more (UK GDPR Article 9).
held-what-link = Read your care record
held-from-heading = Where your information came from
held-from-teams = Our staff in these teams wrote most of it:
held-from-others = Some of it came from you, from people who help you, or from other organisations such as the NHS. Your care record says who told us each thing.
held-to-heading = Who we share it with
held-to-may = We may share what is needed with care providers and the NHS, to arrange your care. If someone is at risk, we may share with the police. We only share when the law lets us.
held-to-consent = { $recipients }, because you said yes.
held-to-none = When we share your information with another organisation, you will see it on the page about sharing.
held-to-gone = You can see { $count ->
        [one] one time
       *[other] { $count } times
    } we shared your information, with: { $organisations }.
held-to-link = See who we shared your information with, and why
held-keep-heading = How long we keep it
held-keep-open = We keep your care record while we are working with you. Then we keep it for { $years } years after your case closes.
held-keep-closed = Your case closed on { $closed }. We keep your care record for { $years } years after that, until { $review }.
held-keep-ask = We have not written here how long we keep your care record. Ask our data protection officer: { $dpo }.
held-keep-review = At the end of that time, a person looks at your record and decides if we still need it. We never delete it without checking.
held-rights-heading = Your rights
held-rights-intro = You can ask us to:
held-rights-copy = give you a copy of your information
held-rights-correct = correct information that is wrong
held-rights-erase = delete information
held-rights-restrict = stop using information for a while
held-rights-object = stop using information, if you do not agree with how we use it
held-rights-withdraw = stop sharing where you said yes, if you change your mind
held-rights-time = It is free. We must answer within one month.
held-rights-link = Ask us to do one of these things
held-complain-dpo = If you are not happy with how we use your information, contact our data protection officer first: { $dpo }.
held-computer-heading = Decisions made by a computer
held-computer = We do not make decisions about you by computer alone. A member of staff always decides.
