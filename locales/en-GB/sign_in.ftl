## Choosing how to sign in.

sign-in-title = Sign in
sign-in-heading = Sign in
sign-in-public = Sign in to see your care information
sign-in-public-hint = Use this if you get care and support, or you help someone who does.
sign-in-staff = Sign in as a member of staff
sign-in-demo = Sign in as anyone in the demonstration
sign-in-none = You cannot sign in online yet. Contact us and we will help you.
