## Pobl sy’n gallu gweithredu ar ran rhywun: gwahodd, derbyn, dod i ben, a beth wnaethant.

back = Yn ôl
banner-success = Llwyddiant
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
error-date-incomplete = Rhowch ddiwrnod, mis a blwyddyn, neu gadewch y tri yn wag
error-date-not-real = Rhowch ddyddiad go iawn, er enghraifft 27 3 2027
error-date-year-four-digits = Rhaid i’r flwyddyn fod â 4 rhif, er enghraifft 2027
account-helpers-heading = Pobl sy’n eich helpu
account-delegates-link = Gweld a newid pwy sy’n gallu gweithredu ar eich rhan
account-acting-heading = Gweithredu ar ran rhywun arall
account-accept-link = Rhowch god a roddodd rhywun i chi
delegates-title = Pobl sy’n gallu gweithredu ar eich rhan
delegates-heading = Pobl sy’n gallu gweithredu ar eich rhan
delegates-intro = Gall y bobl hyn ddefnyddio’r gwasanaeth hwn ar eich rhan. Chi sy’n dewis beth gall pob un ei wneud. Gallwch roi’r gorau i hyn unrhyw bryd.
delegates-invite-link = Gadael i rywun weithredu ar eich rhan
delegates-ended = Ni allant weithredu ar eich rhan mwyach.
delegates-status = Statws
delegates-authority = Pam y gallant weithredu ar eich rhan
delegates-can = Beth gallant ei wneud
delegates-until = Tan
delegates-no-end = Nes i chi ei stopio
delegates-end-button = Stopio { $name } rhag gweithredu ar eich rhan
delegates-activity-heading = Beth wnaethant
delegates-activity-none = Nid oes neb wedi gwneud dim ar eich rhan eto.
delegates-activity-when = Pryd
delegates-activity-who = Pwy
delegates-activity-what = Beth wnaethant
delegation-invited = Wedi’i wahodd, cod heb ei ddefnyddio eto
delegation-live = Yn gallu gweithredu ar eich rhan nawr
delegation-expired = Daeth i ben ar ei ddyddiad gorffen
delegation-ended = Wedi’i stopio
authority-persons = Dywedoch chi y gallant
authority-lpa = Atwrneiaeth arhosol ar gyfer iechyd a lles
authority-deputy = Dirprwy a benodwyd gan y Llys Gwarchod
scope-read-record = Darllen eich cofnod gofal
scope-sharing-and-access = Gweld gyda phwy y rhannwyd eich gwybodaeth a phwy a edrychodd arni
scope-manage-consent = Dweud ie neu na i sut rydym yn defnyddio eich gwybodaeth
scope-make-requests = Gofyn am gopi o’ch gwybodaeth, neu ofyn i ni ei newid
activity-signed-in = Wedi mewngofnodi
activity-started-acting = Wedi dechrau gweithredu ar eich rhan
activity-invited-delegate = Wedi gwahodd rhywun i weithredu ar eich rhan
activity-accepted-invitation = Wedi defnyddio eich cod ac yn gallu gweithredu ar eich rhan nawr
activity-ended-delegation = Wedi stopio rhywun rhag gweithredu ar eich rhan
activity-other = Wedi defnyddio’r gwasanaeth ar eich rhan
invite-title = Gadael i rywun weithredu ar eich rhan
invite-heading = Gadael i rywun weithredu ar eich rhan
invite-intro = Byddwch chi'n cael cod i'w roi iddyn nhw, neu gallwn ni ei e-bostio atyn nhw. Maen nhw'n ei ddefnyddio ar ôl mewngofnodi.
invite-name = Beth yw eu henw llawn?
invite-scopes = Beth gallant ei wneud ar eich rhan?
invite-scopes-hint = Dewiswch bob un sy’n berthnasol.
invite-ends = Pryd dylai hyn stopio?
invite-ends-hint = Gadewch hwn yn wag os na ddylai stopio nes i chi ddweud. Er enghraifft, 27 3 2027
invite-button = Cael cod
error-delegate-name-missing = Rhowch eu henw llawn
error-delegate-name-too-long = Rhaid i’w henw fod yn 100 nod neu lai
error-delegate-scopes-missing = Dewiswch beth gallant ei wneud ar eich rhan
error-delegate-end-past = Rhaid i’r dyddiad fod heddiw neu yn y dyfodol
invited-title = Eich cod
invited-heading = Mae eich cod yn barod
invited-code-is = Rhowch y cod hwn iddynt:
invited-next = Beth sy’n digwydd nesaf
invited-give-code = Rhowch y cod i’r person a ddewisoch. Peidiwch â’i roi i unrhyw un arall.
invited-expires = Rhaid iddynt ei ddefnyddio o fewn 14 diwrnod. Mae’n gweithio unwaith.
invited-told = Byddwn yn dweud wrthych pan fyddant yn dechrau gweithredu ar eich rhan.
invited-back = Mynd yn ôl at bobl sy’n gallu gweithredu ar eich rhan
accept-title = Rhowch eich cod
accept-heading = Rhowch y cod a roddwyd i chi
accept-hint = Mae ganddo 20 llythyren a rhif, er enghraifft ACDE-7KMN-PQR3-TUVW-XY94
accept-button = Parhau
error-code-missing = Rhowch y cod a roddwyd i chi
error-code-shape = Rhowch y cod yn union fel y cafodd ei ysgrifennu, gyda 20 llythyren a rhif
error-code-unknown = Nid yw’r cod hwn yn gywir, mae wedi’i ddefnyddio, neu mae’n fwy na 14 diwrnod oed. Gofynnwch am god newydd.
error-code-other-email = Anfonwyd y cod hwn drwy e-bost i gyfeiriad gwahanol. Mewngofnodwch gyda’r cyfrif sy’n defnyddio’r cyfeiriad e-bost hwnnw, yna rhowch y cod.
error-code-identity-not-checked = I ddefnyddio cod, mewngofnodwch gyda chyfrif y mae ei hunaniaeth wedi’i gwirio, er enghraifft gyda NHS login. Yna rhowch y cod eto.
invite-email = Beth yw eu cyfeiriad e-bost? (dewisol)
invite-email-hint = Byddwn ni'n e-bostio'r cod atyn nhw. Gadewch hwn yn wag os byddai'n well gennych chi ei roi iddyn nhw eich hun.
error-delegate-email-shape = Rhowch eu cyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com
invited-emailed = Rydyn ni wedi e-bostio'r cod hwn atyn nhw. Gallwch chi hefyd ei roi iddyn nhw eich hun. Peidiwch â'i roi i neb arall.
email-invitation-subject = Rydych chi wedi cael gwahoddiad i helpu rhywun gyda gwybodaeth am eu gofal
email-invitation-body =
    Helo { $name },

    Mae rhywun wedi gofyn i chi eu helpu gyda'r wybodaeth y mae { $organisation } yn ei chadw am eu gofal.

    I ddweud ie, mewngofnodwch yn:
    { $link }

    Yna teipiwch y cod hwn:
    { $code }

    Mae'r cod yn gweithio unwaith, am { $days } diwrnod. Os nad ydych chi'n gwybod pwy ofynnodd, neu os nad ydych chi eisiau helpu, does dim angen i chi wneud dim.

    Nid yw'r e-bost hwn yn dweud pwy ofynnodd i chi, er mwyn cadw eu gwybodaeth yn breifat. Gofynnwch iddyn nhw os nad ydych chi'n siŵr.

    { $organisation }
email-registration-subject = Eich cod i weithredu ar ran rhywun gyda { $organisation }
email-registration-body =
    Helo { $name },

    Rydyn ni wedi gwirio eich Atwrneiaeth Arhosol neu orchymyn y Llys Gwarchod. Mae ail aelod o'n staff yn ei wirio hefyd. Ar ôl hynny, gallwch chi weld a rheoli'r wybodaeth rydyn ni'n ei chadw am y person y mae ar ei gyfer.

    I ddechrau, mewngofnodwch yn:
    { $link }

    Yna teipiwch y cod hwn:
    { $code }

    Mae'r cod yn gweithio unwaith, am { $days } diwrnod ar ôl yr ail wiriad. Os nad yw'n gweithio eto, rhowch gynnig arall arni yn nes ymlaen. Os nad oeddech chi'n disgwyl yr e-bost hwn, rhowch wybod i ni.

    { $organisation }
delegates-evidence = Beth wnaethon ni ei wirio
delegates-checked-by = Wedi'i wirio gan
message-delegate-registered = Rydyn ni wedi cofrestru { $name } i weithredu ar eich rhan, ar ôl gwirio eu dogfen gyfreithiol. Mae ail aelod o staff yn ei gwirio cyn y gallant ddechrau. Gallwch chi weld beth maen nhw'n ei wneud ar y dudalen am bobl sy'n gallu gweithredu ar eich rhan.
activity-registered-delegate = Wedi cofrestru rhywun i weithredu ar eich rhan
account-register-link = Cofrestru atwrnai neu ddirprwy
register-title = Cofrestru atwrnai neu ddirprwy
register-heading = Cofrestru atwrnai neu ddirprwy
register-intro = Gwnewch hyn dim ond ar ôl i chi weld yr Atwrneiaeth Arhosol gofrestredig neu'r gorchymyn llys, a gwirio ei fod ar gyfer iechyd a lles. Bydd y person yn cael gwybod.
register-authority = Pa ddogfen sy'n rhoi'r hawl iddyn nhw weithredu?
register-name = Beth yw enw llawn yr atwrnai neu'r dirprwy?
register-email = Beth yw eu cyfeiriad e-bost? (dewisol)
register-email-hint = Byddwn ni'n e-bostio'r cod atyn nhw. Gadewch hwn yn wag i roi neu bostio'r cod atyn nhw eich hun.
register-reference = Cyfeirnod y ddogfen
register-reference-hint = Cyfeirnod Swyddfa'r Gwarcheidwad Cyhoeddus ar yr Atwrneiaeth Arhosol, neu rif yr achos ar y gorchymyn llys.
register-checked = Beth wnaethoch chi ei wirio?
register-checked-hint = Er enghraifft: gwelwyd y gwreiddiol, cofrestrwyd ar 3 Mawrth 2021, yn cynnwys iechyd a lles, gwelwyd llun adnabod yr atwrnai.
register-scopes = Beth gallan nhw ei wneud?
register-ends = Pryd mae eu hawdurdod yn dod i ben?
register-ends-hint = Gadewch hwn yn wag os nad oes dyddiad gorffen ar y ddogfen. Er enghraifft, 27 3 2027
register-button = Cofrestru a chael cod
error-register-name-missing = Rhowch enw llawn yr atwrnai neu'r dirprwy
error-register-authority-missing = Dewiswch y ddogfen sy'n rhoi'r hawl iddyn nhw weithredu
error-register-reference-missing = Rhowch gyfeirnod y ddogfen
error-register-reference-too-long = Rhaid i gyfeirnod y ddogfen fod yn 60 nod neu lai
error-register-checked-missing = Dywedwch beth wnaethoch chi ei wirio
error-register-checked-too-long = Rhaid i'r hyn a wiriwyd gennych fod yn 1000 nod neu lai
error-register-scopes-missing = Dewiswch beth gallan nhw ei wneud
registered-title = Atwrnai neu ddirprwy wedi'i gofrestru
registered-heading = Wedi cofrestru
registered-code-is = Eu cod yw:
registered-give-code = Rhowch neu postiwch y cod hwn atyn nhw. Maen nhw'n ei deipio ar ôl mewngofnodi. Peidiwch â'i roi i neb arall.
registered-emailed = Rydyn ni wedi e-bostio'r cod hwn atyn nhw. Gallwch chi hefyd ei roi neu ei bostio atyn nhw.
registered-person-told = Rydyn ni wedi dweud wrth y person bod rhywun wedi'i gofrestru i weithredu ar eu rhan.
registered-another = Cofrestru atwrnai neu ddirprwy arall
delegation-awaiting-approval = Wedi’i gofrestru, yn aros i ail aelod o staff ei wirio
delegates-approved-by = Wedi'i gymeradwyo gan
message-delegate-approved = Mae ail aelod o staff wedi gwirio dogfen gyfreithiol { $name }. Gallant nawr ddechrau gweithredu ar eich rhan.
activity-approved-delegate = Wedi cymeradwyo rhywun a gofrestrwyd i weithredu ar eich rhan
error-code-awaiting-approval = Nid yw’r cod hwn yn gweithio eto. Rhaid i ail aelod o staff wirio’r ddogfen gyfreithiol yn gyntaf. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â ni.
account-approvals-link = Cymeradwyo cofrestriadau atwrneiod a dirprwyon
registered-needs-approval = Dim ond ar ôl i aelod arall o staff gymeradwyo’r cofrestriad hwn y mae’r cod yn gweithio.
registered-approvals-link = Gweld cofrestriadau sy’n aros am gymeradwyaeth
registered-expires = Ar ôl hynny, rhaid iddynt ei ddefnyddio o fewn 14 diwrnod. Mae’n gweithio unwaith.
approvals-title = Cofrestriadau sy’n aros am gymeradwyaeth
approvals-heading = Cofrestriadau sy’n aros am gymeradwyaeth
approvals-intro = Gwiriwch bob cofrestriad yn erbyn yr Atwrneiaeth Arhosol neu orchymyn y llys cyn i chi ei gymeradwyo. Ni allwch gymeradwyo cofrestriad a wnaethoch chi eich hun.
approvals-none = Nid oes unrhyw gofrestriadau yn aros am gymeradwyaeth.
approvals-person = Person
approvals-registered-by = Wedi’i gofrestru gan
approvals-registered-on = Wedi’i gofrestru ar
approvals-own = Chi a gofrestrodd hwn. Rhaid i aelod arall o staff ei gymeradwyo.
approvals-button = Cymeradwyo cofrestriad { $name }
approvals-done = Cofrestriad wedi’i gymeradwyo. Mae eu cod yn gweithio nawr, ac rydyn ni wedi dweud wrth y person.
