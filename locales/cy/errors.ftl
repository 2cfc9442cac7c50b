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
