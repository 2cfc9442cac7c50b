account-news-heading = Newyddion
account-notifications-link = Dewis sut rydym yn dweud wrthych am newyddion
notifications-title = Sut dylem ddweud wrthych pan fydd newyddion?
notifications-heading = Sut dylem ddweud wrthych pan fydd newyddion?
notifications-website = Ar y wefan hon yn unig
notifications-email = Ar y wefan hon a drwy e-bost
notifications-email-hint = Mae'r e-bost yn dweud bod newyddion yn unig. I'w weld, rydych yn mewngofnodi yma.
notifications-address = Cyfeiriad e-bost
notifications-address-hint = Dim ond os dewisoch chi e-bost. Er enghraifft, enw@example.com
notifications-save = Cadw fy newis
notifications-saved = Byddwn yn dweud wrthych am newyddion yn y ffordd a ddewisoch.
error-notify-choose = Dewiswch sut dylem ddweud wrthych am newyddion
error-notify-email-missing = Rhowch y cyfeiriad e-bost y dylem anfon newyddion iddo
error-notify-email-invalid = Rhowch gyfeiriad e-bost yn y ffurf gywir, fel enw@example.com
activity-chose-notifications = Wedi dewis sut rydym yn dweud wrthych am newyddion
email-news-subject = Mae newyddion i chi gan { $organisation }
email-news-body =
    Helo,

    Mae newyddion i chi ar wefan { $organisation }.

    I'w weld, mewngofnodwch ac ewch i:
    { $link }

    Fe anfonon ni'r e-bost hwn atoch am eich bod wedi gofyn i ni ddweud wrthych am newyddion drwy e-bost. Nid yw'n dweud beth yw'r newyddion, i'w gadw'n breifat.
notifications-kinds = Am beth dylem anfon e-bost atoch chi?
notifications-kinds-hint = Dim ond os dewisoch chi e-bost. Ticiwch bob un rydych chi eisiau. Byddwch chi bob amser yn gweld newyddion ar y wefan hon.
notifications-kind-shares = Pan allwn ddweud wrthych ein bod wedi rhannu eich gwybodaeth
notifications-kind-closed-case = Pan fydd rhywun yn agor eich achos ar ôl iddo gau
notifications-kind-helpers = Pan all rhywun weithredu ar eich rhan, neu pan fydd yn gwneud hynny
notifications-kind-answers = Pan fyddwn yn ateb eich cwestiwn am bwy edrychodd
error-notify-kinds = Ticiwch o leiaf un math o newyddion i anfon e-bost amdano, neu dewiswch y wefan hon yn unig
