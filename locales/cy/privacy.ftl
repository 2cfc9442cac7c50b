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

## Beth rydyn ni'n ei gadw amdanoch chi (GDPR y DU Erthygl 15(1)(a) i (h)).

privacy-held-link = Gweld beth rydyn ni'n ei gadw amdanoch chi, ac am ba mor hir
account-held-link = Beth rydyn ni'n ei gadw amdanoch chi, ac am ba mor hir
held-title = Beth rydyn ni'n ei gadw amdanoch chi
held-intro = Dyma beth mae { $organisation } yn ei gadw am { $name }, pam rydyn ni'n ei gadw a beth gallwch chi ei wneud. Wedi'i wneud ar { $date }.
held-pdf-link = Lawrlwytho'r dudalen hon fel PDF i'w hargraffu neu ei chadw
held-footer = { $organisation }, beth rydyn ni'n ei gadw amdanoch chi, wedi'i wneud ar { $date }
held-why-heading = Pam rydyn ni'n defnyddio eich gwybodaeth
held-why-intro = Rydyn ni'n defnyddio eich gwybodaeth am y rhesymau hyn.
held-use = { $use }.
held-why-consent = { $purpose }. Gwnaethoch chi ddweud ie i hyn ar { $date }.
held-why-link = Gweld beth gwnaethoch chi ddweud ie neu na iddo, a'i newid
held-what-heading = Pa wybodaeth rydyn ni'n ei chadw
held-what-details = Eich manylion: eich enw, eich dyddiad geni a chyfeirnod eich achos. Hefyd eich iaith a sut rydych chi'n hoffi i ni siarad â chi.
held-what-details-nhs = Eich manylion: eich enw, eich dyddiad geni, eich rhif GIG a chyfeirnod eich achos. Hefyd eich iaith a sut rydych chi'n hoffi i ni siarad â chi.
held-what-record = Eich cofnod gofal. Mae ynddo:
held-what-none = Dydyn ni ddim wedi ysgrifennu dim yn eich cofnod gofal eto.
held-what-kind = { $kind }: { $count }
held-what-special = Mae gwybodaeth am eich iechyd a'ch gofal yn arbennig. Mae'r gyfraith yn ei diogelu'n fwy (GDPR y DU Erthygl 9).
held-what-link = Darllen eich cofnod gofal
held-from-heading = O ble daeth eich gwybodaeth
held-from-teams = Ein staff yn y timau hyn ysgrifennodd y rhan fwyaf ohoni:
held-from-others = Daeth rhywfaint ohoni gennych chi, gan bobl sy'n eich helpu, neu gan sefydliadau eraill fel y GIG. Mae eich cofnod gofal yn dweud pwy ddywedodd bob peth wrthon ni.
held-to-heading = Gyda phwy rydyn ni'n ei rhannu
held-to-may = Efallai y byddwn ni'n rhannu'r hyn sydd ei angen â darparwyr gofal a'r GIG, i drefnu eich gofal. Os oes rhywun mewn perygl, efallai y byddwn ni'n rhannu â'r heddlu. Dim ond pan fydd y gyfraith yn gadael i ni y byddwn ni'n rhannu.
held-to-consent = { $recipients }, oherwydd i chi ddweud ie.
held-to-none = Pan fyddwn ni'n rhannu eich gwybodaeth â sefydliad arall, byddwch chi'n ei weld ar y dudalen am rannu.
held-to-gone = Gallwch chi weld { $count ->
        [one] un tro
       *[other] { $count } o weithiau
    } y gwnaethon ni rannu eich gwybodaeth, gyda: { $organisations }.
held-to-link = Gweld gyda phwy y gwnaethon ni rannu eich gwybodaeth, a pham
held-keep-heading = Am ba mor hir rydyn ni'n ei chadw
held-keep-open = Rydyn ni'n cadw eich cofnod gofal tra byddwn ni'n gweithio gyda chi. Yna rydyn ni'n ei gadw am { $years } o flynyddoedd ar ôl i'ch achos gau.
held-keep-closed = Caeodd eich achos ar { $closed }. Rydyn ni'n cadw eich cofnod gofal am { $years } o flynyddoedd ar ôl hynny, tan { $review }.
held-keep-ask = Dydyn ni ddim wedi ysgrifennu yma am ba mor hir rydyn ni'n cadw eich cofnod gofal. Gofynnwch i'n swyddog diogelu data: { $dpo }.
held-keep-review = Ar ddiwedd yr amser hwnnw, mae person yn edrych ar eich cofnod ac yn penderfynu a oes ei angen arnon ni o hyd. Dydyn ni byth yn ei ddileu heb wirio.
held-rights-heading = Eich hawliau
held-rights-intro = Gallwch chi ofyn i ni:
held-rights-copy = roi copi o'ch gwybodaeth i chi
held-rights-correct = cywiro gwybodaeth sy'n anghywir
held-rights-erase = dileu gwybodaeth
held-rights-restrict = stopio defnyddio gwybodaeth am gyfnod
held-rights-object = stopio defnyddio gwybodaeth, os nad ydych chi'n cytuno â sut rydyn ni'n ei defnyddio
held-rights-withdraw = stopio rhannu lle gwnaethoch chi ddweud ie, os ydych chi'n newid eich meddwl
held-rights-time = Mae am ddim. Rhaid i ni ateb o fewn mis.
held-rights-link = Gofyn i ni wneud un o'r pethau hyn
held-complain-dpo = Os nad ydych chi'n hapus â sut rydyn ni'n defnyddio eich gwybodaeth, cysylltwch â'n swyddog diogelu data yn gyntaf: { $dpo }.
held-computer-heading = Penderfyniadau gan gyfrifiadur
held-computer = Dydyn ni ddim yn gwneud penderfyniadau amdanoch chi gan gyfrifiadur yn unig. Mae aelod o staff bob amser yn penderfynu.
