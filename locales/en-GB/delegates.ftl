## People who can act for someone: inviting, accepting, ending, and what they did.

back = Back
banner-success = Success
date-day = Day
date-month = Month
date-year = Year
error-date-incomplete = Enter a day, a month and a year, or leave all three empty
error-date-not-real = Enter a real date, for example 27 3 2027
error-date-year-four-digits = The year must have 4 numbers, for example 2027
account-helpers-heading = People who help you
account-delegates-link = See and change who can act for you
account-acting-heading = Acting for someone else
account-accept-link = Enter a code someone gave you
delegates-title = People who can act for you
delegates-heading = People who can act for you
delegates-intro = These people can use this service for you. You choose what each one can do. You can stop this at any time.
delegates-invite-link = Let someone act for you
delegates-ended = They can no longer act for you.
delegates-status = Status
delegates-authority = Why they can act for you
delegates-can = What they can do
delegates-until = Until
delegates-no-end = Until you stop it
delegates-end-button = Stop { $name } acting for you
delegates-activity-heading = What they did
delegates-activity-none = Nobody has done anything for you yet.
delegates-activity-when = When
delegates-activity-who = Who
delegates-activity-what = What they did
delegation-invited = Invited, code not used yet
delegation-live = Can act for you now
delegation-expired = Ended on its end date
delegation-ended = Stopped
authority-persons = You said they can
authority-lpa = Lasting power of attorney for health and welfare
authority-deputy = Deputy appointed by the Court of Protection
scope-read-record = Read your care record
scope-sharing-and-access = See who your information was shared with and who looked at it
scope-manage-consent = Say yes or no to how we use your information
scope-make-requests = Ask for a copy of your information, or ask us to change it
activity-signed-in = Signed in
activity-started-acting = Started acting for you
activity-invited-delegate = Invited someone to act for you
activity-accepted-invitation = Used your code and can now act for you
activity-ended-delegation = Stopped someone acting for you
activity-other = Used the service for you
invite-title = Let someone act for you
invite-heading = Let someone act for you
invite-intro = You will get a code to give them, or we can email it to them. They use it after they sign in.
invite-name = What is their full name?
invite-scopes = What can they do for you?
invite-scopes-hint = Select all that apply.
invite-ends = When should this stop?
invite-ends-hint = Leave this empty if it should not stop until you say. For example, 27 3 2027
invite-button = Get a code
error-delegate-name-missing = Enter their full name
error-delegate-name-too-long = Their name must be 100 characters or fewer
error-delegate-scopes-missing = Select what they can do for you
error-delegate-end-past = The date must be today or in the future
invited-title = Your code
invited-heading = Your code is ready
invited-code-is = Give them this code:
invited-next = What happens next
invited-give-code = Give the code to the person you chose. Do not give it to anyone else.
invited-expires = They must use it within 14 days. It works once.
invited-told = We will tell you when they start acting for you.
invited-back = Go back to people who can act for you
accept-title = Enter your code
accept-heading = Enter the code you were given
accept-hint = It has 20 letters and numbers, for example ACDE-7KMN-PQR3-TUVW-XY94
accept-button = Continue
error-code-missing = Enter the code you were given
error-code-shape = Enter the code exactly as it was written, with 20 letters and numbers
error-code-unknown = This code is not right, has been used, or is more than 14 days old. Ask for a new code.
error-code-other-email = This code was emailed to a different address. Sign in with the account that uses that email address, then enter the code.
error-code-identity-not-checked = To use a code, sign in with an account whose identity has been checked, for example with NHS login. Then enter the code again.
invite-email = What is their email address? (optional)
invite-email-hint = We will email them the code. Leave this empty if you would rather give it to them yourself.
error-delegate-email-shape = Enter their email address in the right format, like name@example.com
invited-emailed = We have emailed this code to them. You can also give it to them yourself. Do not give it to anyone else.
email-invitation-subject = You have been invited to help someone with their care information
email-invitation-body =
    Hello { $name },

    Someone has asked you to help them with the information { $organisation } keeps about their care.

    To say yes, sign in at:
    { $link }

    Then type this code:
    { $code }

    The code works once, for { $days } days. If you do not know who asked you, or you do not want to help, you do not need to do anything.

    This email does not say who asked you, to keep their information private. Ask them if you are not sure.

    { $organisation }
email-registration-subject = Your code to act for someone with { $organisation }
email-registration-body =
    Hello { $name },

    We have checked your Lasting Power of Attorney or Court of Protection order. A second member of our staff checks it too. After that, you can see and manage the information we keep about the person it is for.

    To start, sign in at:
    { $link }

    Then type this code:
    { $code }

    The code works once, for { $days } days after the second check. If it does not work yet, try again later. If you did not expect this email, please tell us.

    { $organisation }
delegates-evidence = What we checked
delegates-checked-by = Checked by
message-delegate-registered = We have registered { $name } to act for you, after checking their legal document. A second member of staff checks it before they can start. You can see what they do on the page about people who can act for you.
activity-registered-delegate = Registered someone to act for you
account-register-link = Register an attorney or deputy
register-title = Register an attorney or deputy
register-heading = Register an attorney or deputy
register-intro = Do this only after you have seen the registered Lasting Power of Attorney or the court order, and checked it is for health and welfare. The person will be told.
register-authority = What document gives them the right to act?
register-name = What is the attorney's or deputy's full name?
register-email = What is their email address? (optional)
register-email-hint = We will email them the code. Leave this empty to give or post the code to them yourself.
register-reference = Document reference
register-reference-hint = The Office of the Public Guardian reference on the Lasting Power of Attorney, or the case number on the court order.
register-checked = What did you check?
register-checked-hint = For example: original seen, registered on 3 March 2021, covers health and welfare, attorney's photo ID seen.
register-scopes = What can they do?
register-ends = When does their authority end?
register-ends-hint = Leave this empty if the document has no end date. For example, 27 3 2027
register-button = Register and get a code
error-register-name-missing = Enter the attorney's or deputy's full name
error-register-authority-missing = Select the document that gives them the right to act
error-register-reference-missing = Enter the document reference
error-register-reference-too-long = The document reference must be 60 characters or fewer
error-register-checked-missing = Say what you checked
error-register-checked-too-long = What you checked must be 1000 characters or fewer
error-register-scopes-missing = Select what they can do
registered-title = Attorney or deputy registered
registered-heading = Registered
registered-code-is = Their code is:
registered-give-code = Give or post this code to them. They type it after they sign in. Do not give it to anyone else.
registered-emailed = We have emailed this code to them. You can also give or post it to them.
registered-person-told = We have told the person that someone was registered to act for them.
registered-another = Register another attorney or deputy
delegation-awaiting-approval = Registered, waiting for a second member of staff to check it
delegates-approved-by = Approved by
message-delegate-approved = A second member of staff has checked the legal document of { $name }. They can now start acting for you.
activity-approved-delegate = Approved someone registered to act for you
error-code-awaiting-approval = This code does not work yet. A second member of staff must check the legal document first. Try again later, or contact us.
account-approvals-link = Approve registrations of attorneys and deputies
registered-needs-approval = The code works only after another member of staff approves this registration.
registered-approvals-link = See registrations waiting for approval
registered-expires = After that, they must use it within 14 days. It works once.
approvals-title = Registrations waiting for approval
approvals-heading = Registrations waiting for approval
approvals-intro = Check each registration against the Lasting Power of Attorney or court order before you approve it. You cannot approve a registration you made yourself.
approvals-none = There are no registrations waiting for approval.
approvals-person = Person
approvals-registered-by = Registered by
approvals-registered-on = Registered on
approvals-own = You registered this. Another member of staff must approve it.
approvals-button = Approve the registration of { $name }
approvals-done = Registration approved. Their code now works, and the person has been told.
