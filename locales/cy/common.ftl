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
