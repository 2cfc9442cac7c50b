## Signing in, signing out, and the signed-in home page.

account-title = Your information
account-heading = Your information
account-signed-in-as = You are signed in as { $name }.
account-not-matched = We have not matched your account to a care record yet. Contact us and we will help you.
account-staff-roles = You are signed in as a member of staff. Your roles are:
account-choose-person = Whose information do you want to see?
account-switch = Show their information
account-messages = Messages
message-delegate-added = { $name } can now act for you. You can see what they do and stop this at any time.
signed-out-title = You have been signed out
signed-out-heading = You have been signed out
signed-out-timeout = We signed you out because you had not used the service for a while.
signed-out-safe = This keeps your information safe. Nothing you had already sent us has been lost.
signed-out-sign-in-again = Sign in again
demo-title = Sign in to the demonstration
demo-heading = Sign in to the demonstration
demo-intro = Choose who you want to be. Everyone here is made up.
demo-people = A person who gets care and support
demo-more-people = Show more people
demo-delegates = A family member acting for someone
demo-delegate-of = { $name }, acting for { $person }
demo-staff = A member of staff
demo-sign-in = Sign in
error-demo-choose = Choose who you want to sign in as
account-leaflets-link = Leaflets for printing

## A person's messages.

account-messages-all = See all your messages
messages-title = Your messages
messages-heading = Your messages
messages-none = You have no messages yet. We will send you one when something happens, such as news about a request.
messages-new = New
messages-choose = Choose how we tell you about news
message-link-delegates = See who can act for you
message-link-requests = See your requests
message-link-consents = See what you said yes or no to
message-link-sharing = See who we shared your information with
