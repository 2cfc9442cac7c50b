## Rhannau o bob tudalen: pennyn, troedyn, baneri.

service-name = Eich gwybodaeth gofal
skip-to-main-content = Neidio i’r prif gynnwys
language-navigation-label = Iaith
demo-tag = Arddangos
demo-banner = Arddangosiad yw hwn. Mae pawb ynddo wedi’u dyfeisio. Peidiwch â rhoi gwybodaeth go iawn.
banner-important = Pwysig
language-unavailable = Ni allwn ddangos y dudalen hon yn “{ $language }”. Rydym yn ei dangos yn Gymraeg. Gallwch ddewis iaith arall ar frig y dudalen.
footer-links-heading = Dolenni cymorth
footer-accessibility = Datganiad hygyrchedd
footer-privacy = Hysbysiad preifatrwydd
footer-cookies = Cwcis
footer-contact = Cysylltu â ni
footer-meta = © { $organisation }. Mae’r gwasanaeth hwn yn cael ei redeg gan { $organisation }.
print-this-page = Argraffu’r dudalen hon
setup-tag = Heb ei osod
setup-banner = Nid yw cyngor wedi gosod y gwasanaeth hwn eto. Enghreifftiau yw’r manylion cyswllt ar y tudalennau hyn.
error-prefix = Gwall:
error-summary-title = Mae problem
error-unreadable-form = Nid oeddem yn gallu darllen y ffurflen. Rhowch gynnig arall arni.
navigation-label = Eich cyfrif
navigation-account = Eich gwybodaeth
navigation-messages = Negeseuon
navigation-messages-new = { $count ->
    [one] Negeseuon (1 newydd)
   *[other] Negeseuon ({ $count } newydd)
}
navigation-sign-out = Allgofnodi
acting-for = Rydych yn gweithredu ar ran { $name }.
acting-for-change = Newid ar ran pwy rydych yn gweithredu
timeout-heading = Rydych ar fin cael eich allgofnodi
timeout-body = Er eich diogelwch, byddwn yn eich allgofnodi ymhen { $minutes } munud os na fyddwch yn gwneud dim.
timeout-stay = Aros wedi mewngofnodi
role-caseworker = Gweithiwr achos
role-privacy-officer = Swyddog preifatrwydd
role-comms-officer = Swyddog cyfathrebu
role-administrator = Gweinyddwr
pagination-pages = Tudalennau
pagination-previous = Tudalen flaenorol
pagination-next = Tudalen nesaf
pagination-page-of = Tudalen { $page } o { $pages }
exit-this-page = Gadael y dudalen hon
exit-this-page-hidden = Argyfwng
