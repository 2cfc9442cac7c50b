## Mewngofnodi, allgofnodi, a’r dudalen gartref ar ôl mewngofnodi.

account-title = Eich gwybodaeth
account-heading = Eich gwybodaeth
account-signed-in-as = Rydych wedi mewngofnodi fel { $name }.
account-not-matched = Nid ydym wedi paru eich cyfrif â chofnod gofal eto. Cysylltwch â ni a byddwn yn eich helpu.
account-staff-roles = Rydych wedi mewngofnodi fel aelod o staff. Eich rolau yw:
account-choose-person = Gwybodaeth pwy ydych chi eisiau ei gweld?
account-switch = Dangos eu gwybodaeth
account-messages = Negeseuon
message-delegate-added = Gall { $name } weithredu ar eich rhan nawr. Gallwch weld beth maen nhw’n ei wneud a rhoi’r gorau i hyn unrhyw bryd.
signed-out-title = Rydych wedi cael eich allgofnodi
signed-out-heading = Rydych wedi cael eich allgofnodi
signed-out-timeout = Gwnaethom eich allgofnodi am nad oeddech wedi defnyddio’r gwasanaeth ers tro.
signed-out-safe = Mae hyn yn cadw eich gwybodaeth yn ddiogel. Nid oes dim yr oeddech eisoes wedi’i anfon atom wedi’i golli.
signed-out-sign-in-again = Mewngofnodi eto
demo-title = Mewngofnodi i’r arddangosiad
demo-heading = Mewngofnodi i’r arddangosiad
demo-intro = Dewiswch bwy rydych eisiau bod. Mae pawb yma wedi’u dyfeisio.
demo-people = Person sy’n cael gofal a chymorth
demo-more-people = Dangos mwy o bobl
demo-delegates = Aelod o’r teulu sy’n gweithredu ar ran rhywun
demo-delegate-of = { $name }, yn gweithredu ar ran { $person }
demo-staff = Aelod o staff
demo-sign-in = Mewngofnodi
error-demo-choose = Dewiswch fel pwy rydych eisiau mewngofnodi
account-leaflets-link = Taflenni i'w hargraffu

## A person's messages.

account-messages-all = Gweld eich holl negeseuon
messages-title = Eich negeseuon
messages-heading = Eich negeseuon
messages-none = Does gennych chi ddim negeseuon eto. Byddwn yn anfon un atoch pan fydd rhywbeth yn digwydd, fel newyddion am gais.
messages-new = Newydd
messages-choose = Dewis sut rydyn ni’n dweud wrthych am newyddion
message-link-delegates = Gweld pwy sy’n gallu gweithredu ar eich rhan
message-link-requests = Gweld eich ceisiadau
message-link-consents = Gweld beth wnaethoch chi ddweud ie neu na iddo
message-link-sharing = Gweld gyda phwy y gwnaethom rannu eich gwybodaeth
