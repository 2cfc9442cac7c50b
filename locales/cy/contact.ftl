## Manylion cyswllt, ar y dudalen gyswllt ac ar dudalennau gwall.

contact-title = Cysylltu â ni
contact-heading = Cysylltu â ni
contact-intro = Gallwch gysylltu â thîm gofal cymdeithasol oedolion { $organisation }.
contact-phone-label = Ffôn
contact-email-label = E-bost
contact-address-label = Cyfeiriad
contact-website-label = Gwefan
contact-dpo-label = Swyddog diogelu data
contact-hours = Dydd Llun i ddydd Gwener, 9am i 5pm.
contact-dpo-intro = Gallwch ofyn i’n swyddog diogelu data am sut rydym yn defnyddio eich gwybodaeth.
