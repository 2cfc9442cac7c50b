## Dewis sut i fewngofnodi.

sign-in-title = Mewngofnodi
sign-in-heading = Mewngofnodi
sign-in-public = Mewngofnodi i weld eich gwybodaeth gofal
sign-in-public-hint = Defnyddiwch hwn os ydych yn cael gofal a chymorth, neu os ydych yn helpu rhywun sy’n cael hynny.
sign-in-staff = Mewngofnodi fel aelod o staff
sign-in-demo = Mewngofnodi fel unrhyw un yn yr arddangosiad
sign-in-none = Ni allwch fewngofnodi ar-lein eto. Cysylltwch â ni a byddwn yn eich helpu.
sign-in-problem-title = Nid ydych wedi mewngofnodi
sign-in-problem-heading = Nid ydych wedi mewngofnodi
sign-in-problem-expired = Cymerodd mewngofnodi ormod o amser, neu roedd y ddolen eisoes wedi’i defnyddio. Dechreuwch eto.
sign-in-problem-cancelled = Cafodd mewngofnodi ei stopio cyn iddo orffen. Dechreuwch eto os ydych eisiau mewngofnodi.
sign-in-problem-unavailable = Ni allwn gyrraedd y gwasanaeth mewngofnodi ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.
sign-in-problem-failed = Nid oeddem yn gallu gwirio pwy ydych chi, felly ni wnaethom eich mewngofnodi. Dechreuwch eto.
sign-in-problem-sign-in-again = Mae angen i chi fewngofnodi eto gyda’r gwasanaeth mewngofnodi. Dechreuwch eto a gorffen mewngofnodi yno.
sign-in-problem-busy = Mae’r gwasanaeth mewngofnodi yn brysur neu ar gau ar gyfer gwaith cynnal a chadw. Rhowch gynnig arall arni ymhen ychydig funudau.
sign-in-problem-provider-error = Aeth rhywbeth o’i le yn y gwasanaeth mewngofnodi. Nid oedd yn unrhyw beth a wnaethoch chi. Rhowch gynnig arall arni yn nes ymlaen.
sign-in-problem-try-again = Dechrau mewngofnodi eto
sign-in-problem-help = Os yw hyn yn dal i ddigwydd, cysylltwch â ni.
