## Y dudalen cwcis.

cookies-title = Cwcis
cookies-heading = Cwcis
cookies-intro = Ffeiliau bach yw cwcis sy’n cael eu cadw ar eich ffôn, llechen neu gyfrifiadur pan fyddwch yn ymweld â gwefan.
cookies-essential-only = Dim ond cwcis sy’n gwneud i’r gwasanaeth hwn weithio rydym yn eu defnyddio. Nid ydym yn defnyddio cwcis i’ch tracio nac i gyfrif ymweliadau. Felly nid ydym yn gofyn i chi dderbyn cwcis.
cookies-table-caption = Cwcis rydym yn eu defnyddio
cookies-column-name = Enw
cookies-column-purpose = Beth mae’n ei wneud
cookies-column-expires = Pryd mae’n dod i ben
cookies-session-purpose = Yn eich cadw wedi mewngofnodi, ac yn atal gwefannau eraill rhag anfon ffurflenni yn eich enw chi.
cookies-session-expires = Pan fyddwch yn allgofnodi, neu ar ôl 30 munud heb ddefnyddio’r gwasanaeth
cookies-language-purpose = Yn cofio’r iaith a ddewiswyd gennych.
cookies-language-expires = 1 flwyddyn
