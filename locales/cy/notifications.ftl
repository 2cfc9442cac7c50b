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
