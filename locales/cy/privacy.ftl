## Yr hysbysiad preifatrwydd (Erthyglau 13 a 14 GDPR y DU).

privacy-title = Hysbysiad preifatrwydd
privacy-heading = Hysbysiad preifatrwydd
privacy-who-heading = Pwy ydym ni
privacy-who = { $organisation } sy’n gyfrifol am eich gwybodaeth yn y gwasanaeth hwn. Mae’r gyfraith yn ein galw’n “rheolydd data”.
privacy-what-heading = Pa wybodaeth rydym yn ei dangos i chi
privacy-what = Mae’r gwasanaeth hwn yn dangos i chi’r wybodaeth sydd gan ein tîm gofal cymdeithasol oedolion amdanoch chi. Mae hyn yn cynnwys eich cofnod gofal, gyda phwy y gwnaethom ei rannu, a phwy a edrychodd arno.
privacy-why-heading = Pam rydym yn defnyddio eich gwybodaeth
privacy-why = Rydym yn defnyddio eich gwybodaeth i roi gofal a chymorth i chi. Mae’r gyfraith yn dweud bod rhaid i ni wneud hyn. “Tasg gyhoeddus” yw’r enw ar hyn.
privacy-why-health = Mae peth o’ch gwybodaeth yn ymwneud â’ch iechyd. Gallwn ei defnyddio oherwydd ein bod yn darparu gofal cymdeithasol. Mae Erthygl 9(2)(h) Rheoliad Cyffredinol y DU ar Ddiogelu Data (GDPR y DU) yn caniatáu hyn.
privacy-sign-in-heading = Gwybodaeth rydym yn ei chadw pan fyddwch yn defnyddio’r gwasanaeth hwn
privacy-sign-in = Pan fyddwch yn mewngofnodi, rydym yn cadw cofnod o’r hyn y gwnaethoch edrych arno a’r hyn y gwnaethoch ofyn amdano. Mae hyn yn cadw eich gwybodaeth yn ddiogel.
privacy-share-heading = Gyda phwy rydym yn rhannu eich gwybodaeth
privacy-share = Dim ond pan fydd angen y byddwn yn rhannu eich gwybodaeth. Gallwch weld pob tro y gwnaethom ei rhannu yn y gwasanaeth hwn.
privacy-keep-heading = Am ba hyd rydym yn cadw eich gwybodaeth
privacy-keep = Rydym yn cadw eich cofnod gofal am gyfnod penodol ar ôl i’ch gofal ddod i ben. Mae’r cyfnod yn dibynnu ar y math o ofal a gawsoch.
privacy-rights-heading = Eich hawliau
privacy-rights = Gallwch ofyn am gopi o’ch gwybodaeth. Gallwch ofyn i ni ei chywiro, ei dileu neu roi’r gorau i’w defnyddio. Gallwch ddweud na i sut rydym yn ei defnyddio. Mae am ddim.
privacy-complain-heading = Sut i gwyno
privacy-complain = Os nad ydych yn hapus gyda sut rydym yn defnyddio eich gwybodaeth, cysylltwch â’n swyddog diogelu data yn gyntaf.
privacy-ico = Gallwch hefyd gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO). Ffoniwch 0303 123 1113 neu ewch i ico.org.uk.
