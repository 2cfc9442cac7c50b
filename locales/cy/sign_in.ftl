## Dewis sut i fewngofnodi.

sign-in-title = Mewngofnodi
sign-in-heading = Mewngofnodi
sign-in-public = Mewngofnodi i weld eich gwybodaeth gofal
sign-in-public-hint = Defnyddiwch hwn os ydych yn cael gofal a chymorth, neu os ydych yn helpu rhywun sy’n cael hynny.
sign-in-staff = Mewngofnodi fel aelod o staff
sign-in-demo = Mewngofnodi fel unrhyw un yn yr arddangosiad
sign-in-none = Ni allwch fewngofnodi ar-lein eto. Cysylltwch â ni a byddwn yn eich helpu.
