## Choosing how to sign in.

sign-in-title = Sign in
sign-in-heading = Sign in
sign-in-public = Sign in to see your care information
sign-in-public-hint = Use this if you get care and support, or you help someone who does.
sign-in-staff = Sign in as a member of staff
sign-in-demo = Sign in as anyone in the demonstration
sign-in-none = You cannot sign in online yet. Contact us and we will help you.
sign-in-problem-title = You have not been signed in
sign-in-problem-heading = You have not been signed in
sign-in-problem-expired = Signing in took too long, or the link was already used. Please start again.
sign-in-problem-cancelled = Signing in was stopped before it finished. Please start again if you want to sign in.
sign-in-problem-unavailable = We cannot reach the sign-in service at the moment. Please try again later.
sign-in-problem-failed = We could not check who you are, so we did not sign you in. Please start again.
sign-in-problem-sign-in-again = The sign-in service needs you to sign in with it again. Please start again and finish signing in there.
sign-in-problem-busy = The sign-in service is busy or closed for maintenance. Please try again in a few minutes.
sign-in-problem-provider-error = Something went wrong at the sign-in service. It was not anything you did. Please try again later.
sign-in-problem-try-again = Start signing in again
sign-in-problem-help = If this keeps happening, contact us.
