## Closed-case access alerts: the question staff answer before opening a closed case, the
## privacy officers' alerts, and what the person is told.

closed-reason-title = Why do you need to open this closed case?
closed-reason-label = Why do you need to open this closed case?
closed-reason-hint = This case closed on { $date }. That is { $days } days or more ago. Say why you need to see this person's record now.
closed-reason-kept = We keep your reason with the record of who looked. The data protection team will check it. The person can see it.
closed-reason-send = Continue
closed-reason-back = Go back to find a person
error-closed-reason-blank = Enter why you need to open this closed case
error-closed-reason-too-long = Your reason must be 1,000 characters or fewer

account-alerts-link = Check who opened closed cases
staff-alerts-title = Closed cases opened
staff-alerts-heading = Closed cases opened
staff-alerts-intro = Staff opened these closed cases and said why. Check each reason. Those waiting for you come first, the oldest at the top.
staff-alerts-none = No one has opened a closed case.
staff-alerts-open = Check { $reference }
staff-alerts-waiting = Waiting for you to check
staff-alerts-flagged = Waiting more than 5 working days
staff-alerts-breach = Not legitimate. Breach record { $breach }
staff-alerts-decided = You recorded what you found for { $reference }.
staff-alerts-decided-breach = You recorded what you found for { $reference }. We opened breach record { $breach } and told the person.
staff-alert-title = Check why a closed case was opened
staff-alert-heading = Check why a closed case was opened
staff-alert-closed-on = Case closed on
staff-alert-who = Who opened it
staff-alert-reason = The reason they gave
staff-alert-outcome = What you found
staff-alert-finding = Did they have a good reason?
staff-alert-legitimate = Yes, the reason was legitimate
staff-alert-not-legitimate = No, the reason was not legitimate
staff-alert-not-legitimate-hint = This opens a breach record and tells the person.
staff-alert-notes = Your notes
staff-alert-notes-hint = Say what you checked and what you found. For a breach, these are the facts on the breach record.
staff-alert-decided-by = Recorded by
staff-alert-send = Record what you found
error-alert-finding = Select whether they had a good reason
error-alert-notes-blank = Enter your notes
error-alert-notes-too-long = Your notes must be 1,000 characters or fewer
error-alert-already-decided = Someone has already recorded what they found for this alert.

access-log-closed-heading = When staff opened your closed case
access-log-closed-intro = Your case is closed. Staff who open it must say why. Our data protection team checks each reason.
access-log-closed-reason = The reason they gave
access-log-closed-found = What we found
access-log-closed-checking = We are checking this.
access-log-closed-legitimate = They had a good reason.
access-log-closed-breach = They did not have a good reason. We are sorry. We have recorded this as a data breach, reference { $reference }. You can complain to the Information Commissioner's Office.
message-closed-case-opened = A member of staff opened your closed case. They told us why.
message-closed-case-breach = Someone looked at your closed case without a good reason. Our reference is { $reference }.
message-link-closed-case = See what happened
staff-alert-opened = What they opened
staff-alert-opened-none = Nothing yet
