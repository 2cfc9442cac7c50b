## Y dudalen gychwyn.

start-title = Gweld a rheoli eich gwybodaeth gofal
start-heading = Gweld a rheoli eich gwybodaeth gofal
start-lead = Defnyddiwch y gwasanaeth hwn i weld beth mae gofal cymdeithasol oedolion { $organisation } yn ei wybod amdanoch chi, a beth sy’n digwydd i’r wybodaeth honno.
start-you-can = Gallwch:
start-can-read = ddarllen eich cofnod gofal, wedi’i ysgrifennu mewn Cymraeg clir
start-can-shared = weld gyda phwy y gwnaethom rannu eich gwybodaeth, a pham
start-can-looked = weld pa staff a edrychodd ar eich cofnod
start-can-consent = ddweud ie neu na i sut rydym yn defnyddio eich gwybodaeth
start-can-held = weld beth rydym yn ei gadw amdanoch chi, pam, ac am ba mor hir
start-can-ask = ofyn am gopi o’ch gwybodaeth, neu ofyn i ni ei chywiro neu ei dileu
start-can-leaflets = gael taflenni hawdd eu darllen am eich hawliau
start-who-heading = Pwy all ddefnyddio’r gwasanaeth hwn
start-who-person = Pobl sy’n cael gofal a chymorth gan { $organisation }.
start-who-helpers = Teulu, ffrindiau ac eiriolwyr sy’n eu helpu, os yw’r person yn cytuno neu os yw’r gyfraith yn caniatáu hynny.
start-free = Mae’r gwasanaeth hwn am ddim.
start-before-heading = Cyn i chi ddechrau
start-before-sign-in = Bydd angen i chi fewngofnodi. Byddwn yn gwirio pwy ydych chi, er mwyn cadw eich gwybodaeth yn ddiogel.
start-before-time = Mae’n cymryd tua 5 munud i fewngofnodi y tro cyntaf.
start-button = Dechrau nawr
start-other-heading = Ffyrdd eraill o gael help
start-other-intro = Does dim rhaid i chi ddefnyddio’r gwasanaeth hwn. Gallwch hefyd ffonio, e-bostio neu ysgrifennu atom.
start-other-formats = Gallwch ofyn am unrhyw wybodaeth mewn fformat hawdd ei ddarllen, print bras, braille, sain neu Iaith Arwyddion Prydain. Gallwch ofyn am gyfieithydd.
