## Tudalennau gwall.

not-found-title = Heb ddod o hyd i’r dudalen
not-found-heading = Heb ddod o hyd i’r dudalen
not-found-typed = Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfan.
not-found-help = Os yw’r cyfeiriad gwe yn gywir, cysylltwch â ni a byddwn yn eich helpu.
problem-title = Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth
problem-heading = Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth
problem-try-later = Rhowch gynnig arall arni yn nes ymlaen.
problem-nothing-lost = Os oeddech yn gwneud cais, nid ydym wedi ei gadw. Bydd angen i chi ddechrau eto.
problem-help = Os oes angen help arnoch nawr, cysylltwch â ni.
too-large-title = Mae’r hyn a anfonwyd gennych yn rhy fawr
too-large-heading = Mae’r hyn a anfonwyd gennych yn rhy fawr
too-large-body = Roedd y ffurflen neu’r ffeil a anfonwyd gennych yn rhy fawr i ni ei derbyn. Ni chafodd dim ei gadw. Ewch yn ôl a rhowch gynnig arall arni gyda llai o destun neu ffeil lai.
cross-site-title = Nid oeddem yn gallu derbyn y ffurflen honno
cross-site-heading = Nid oeddem yn gallu derbyn y ffurflen honno
cross-site-body = Cafodd y ffurflen ei hanfon o wefan arall, felly ni wnaethom ei derbyn. Ni newidiwyd dim. I gadw eich gwybodaeth yn ddiogel, defnyddiwch ffurflenni ar y wefan hon yn unig.
cross-site-start = Mynd i’r dudalen gychwyn
too-many-title = Arhoswch cyn rhoi cynnig arall arni
too-many-heading = Arhoswch cyn rhoi cynnig arall arni
too-many-sign-in = Bu llawer o ymdrechion i fewngofnodi o'ch cysylltiad rhyngrwyd yn ystod y munudau diwethaf.
too-many-codes = Rydych chi wedi teipio llawer o godau gwahoddiad yn ystod y munudau diwethaf.
too-many-requests = Mae llawer o geisiadau wedi cael eu hanfon ar-lein ar gyfer y person hwn heddiw.
too-many-other = Mae hyn wedi cael ei drio lawer gwaith mewn amser byr.
too-many-wait = Rhowch gynnig arall arni ymhen { $minutes } munud.
too-many-wait-later = Rhowch gynnig arall arni yn nes ymlaen.
too-many-help = Chafodd dim byd a anfonwyd gennych ei golli na'i gadw ddwywaith. Os oes angen help arnoch chi nawr, ffoniwch neu e-bostiwch ni: mae ein manylion ar waelod y dudalen hon.
