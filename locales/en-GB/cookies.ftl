## The cookies page.

cookies-title = Cookies
cookies-heading = Cookies
cookies-intro = Cookies are small files saved on your phone, tablet or computer when you visit a website.
cookies-essential-only = We only use cookies that make this service work. We do not use cookies to track you or to count visits. So we do not ask you to accept cookies.
cookies-table-caption = Cookies we use
cookies-column-name = Name
cookies-column-purpose = What it is for
cookies-column-expires = When it expires
cookies-session-purpose = Keeps you signed in, and stops other websites sending forms in your name.
cookies-session-expires = When you sign out, or after 30 minutes without using the service
cookies-language-purpose = Remembers the language you chose.
cookies-language-expires = 1 year
