## The start page.

start-title = See and manage your care information
start-heading = See and manage your care information
start-lead = Use this service to find out what { $organisation } adult social care knows about you, and what happens to that information.
start-you-can = You can:
start-can-read = read your care record, written in plain English
start-can-shared = see who we shared your information with, and why
start-can-looked = see which staff looked at your record
start-can-consent = say yes or no to how we use your information
start-can-held = see what we hold about you, why, and how long we keep it
start-can-ask = ask for a copy of your information, or ask us to correct it or delete it
start-can-leaflets = get easy read leaflets about your rights
start-who-heading = Who can use this service
start-who-person = People who get care and support from { $organisation }.
start-who-helpers = Family, friends and advocates who help them, if the person agrees or the law allows it.
start-free = This service is free.
start-before-heading = Before you start
start-before-sign-in = You will need to sign in. We will check who you are, to keep your information safe.
start-before-time = It takes about 5 minutes to sign in the first time.
start-button = Start now
start-other-heading = Other ways to get help
start-other-intro = You do not have to use this service. You can also phone, email or write to us.
start-other-formats = You can ask for any information in easy read, large print, braille, audio or British Sign Language. You can ask for an interpreter.
