account-news-heading = News
account-notifications-link = Choose how we tell you about news
notifications-title = How should we tell you when there is news?
notifications-heading = How should we tell you when there is news?
notifications-website = Only on this website
notifications-email = On this website and by email
notifications-email-hint = The email only says there is news. To see it, you sign in here.
notifications-address = Email address
notifications-address-hint = Only if you chose email. For example, name@example.com
notifications-save = Save my choice
notifications-saved = We will tell you about news the way you chose.
error-notify-choose = Choose how we should tell you about news
error-notify-email-missing = Enter the email address we should send news to
error-notify-email-invalid = Enter an email address in the right form, like name@example.com
activity-chose-notifications = Chose how we tell you about news
email-news-subject = There is news for you from { $organisation }
email-news-body =
    Hello,

    There is news for you on the { $organisation } website.

    To see it, sign in and go to:
    { $link }

    We sent you this email because you asked us to tell you about news by email. It does not say what the news is, to keep it private.
notifications-kinds = What should we email you about?
notifications-kinds-hint = Only if you chose email. Tick all that you want. You will always see news on this website.
notifications-kind-shares = When we can tell you we shared your information
notifications-kind-closed-case = When someone opens your case after it closed
notifications-kind-helpers = When someone can act for you, or acts for you
notifications-kind-answers = When we answer your question about who looked
error-notify-kinds = Tick at least one kind of news to email you about, or choose only this website
