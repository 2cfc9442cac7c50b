## Error pages.

not-found-title = Page not found
not-found-heading = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied all of it.
not-found-help = If the web address is correct, contact us and we will help you.
problem-title = Sorry, there is a problem with the service
problem-heading = Sorry, there is a problem with the service
problem-try-later = Please try again later.
problem-nothing-lost = If you were making a request, we have not saved it. You will need to start again.
problem-help = If you need help now, contact us.
too-large-title = What you sent is too large
too-large-heading = What you sent is too large
too-large-body = The form or file you sent was too large for us to accept. Nothing was saved. Go back and try again with less text or a smaller file.
cross-site-title = We could not accept that form
cross-site-heading = We could not accept that form
cross-site-body = The form was sent from another website, so we did not accept it. Nothing was changed. To keep your information safe, only use forms on this website.
cross-site-start = Go to the start page
too-many-title = Please wait before trying again
too-many-heading = Please wait before trying again
too-many-sign-in = There have been a lot of tries to sign in from your internet connection in the last few minutes.
too-many-codes = You have typed a lot of invitation codes in the last few minutes.
too-many-requests = A lot of requests have been sent online for this person today.
too-many-invitations = A lot of invitations have been emailed for this person today.
too-many-other = This has been tried a lot of times in a short time.
too-many-wait = { $minutes ->
    [one] Try again in 1 minute.
   *[other] Try again in { $minutes } minutes.
}
too-many-wait-later = Try again later.
too-many-help = Nothing you sent was lost or saved twice. If you need help now, phone or email us: our details are at the bottom of this page.
