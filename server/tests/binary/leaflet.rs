//! `candour leaflet list` and `candour leaflet render`, the contract: names first on each line,
//! a PDF/UA file at `--out`, and for bad input exit 2, one line naming the problem, and no file.
//! Then the web side: leaflet pages, their PDFs and pictures, and a person's own copy.

use crate::support::{Server, demo_session, pdf_text, post, run};

const ORG: &str = "name = \"Anytown Council\"\naddress = \"Town Hall, Anytown\"\nphone = \"0300 123 4567\"\nemail = \"care@anytown.example\"\nwebsite = \"https://anytown.example\"\ndpo_email = \"dpo@anytown.example\"\n";

#[test]
fn list_prints_one_leaflet_per_line_name_first() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(&["leaflet", "list"], &[], dir.path());
    assert_eq!(code, 0);
    let names: Vec<&str> = out
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(names, ["your-rights", "how-we-share", "who-can-see"]);
}

#[test]
fn render_writes_a_tagged_pdf_with_the_organisation_and_logo() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("logo.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' width='90' height='30'><rect width='90' height='30'/></svg>",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("org.toml"),
        format!("{ORG}logo = \"logo.svg\"\n"),
    )
    .unwrap();
    let (code, _, err) = run(
        &[
            "leaflet",
            "render",
            "--leaflet",
            "how-we-share",
            "--locale",
            "cy",
            "--large-print",
            "--org",
            "org.toml",
            "--out",
            "leaflet.pdf",
        ],
        &[],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let pdf = std::fs::read(dir.path().join("leaflet.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Sut rydyn ni'n rhannu eich gwybodaeth"),
        "{text}"
    );
    assert!(text.contains("Anytown Council"), "{text}");
    assert!(String::from_utf8_lossy(&pdf).contains("Logo Anytown Council"));
}

#[test]
fn bad_input_exits_2_with_one_line_and_writes_nothing() {
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "",
            &["--leaflet", "nope"],
            "There is no leaflet called \"nope\"",
        ),
        (
            "",
            &["--locale", "xx"],
            "There is no leaflet content in the language \"xx\"",
        ),
        (
            "name = \"A\"\n",
            &["--org", "org.toml"],
            "missing field `address`",
        ),
        (
            &ORG.replace("0300 123 4567", "call us"),
            &["--org", "org.toml"],
            "\"phone\" may only contain digits",
        ),
        (
            &format!("{ORG}logo = \"logo.gif\"\n"),
            &["--org", "org.toml"],
            "not a PNG or SVG",
        ),
        (
            "",
            &["--out", "missing/leaflet.pdf"],
            "the folder missing does not exist",
        ),
    ];
    for (org, extra, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("org.toml"), org).unwrap();
        std::fs::write(dir.path().join("logo.gif"), b"GIF89a").unwrap();
        let mut args = vec!["leaflet", "render"];
        for (flag, default) in [
            ("--leaflet", "your-rights"),
            ("--locale", "en-GB"),
            ("--out", "leaflet.pdf"),
        ] {
            if !extra.contains(&flag) {
                args.extend([flag, default]);
            }
        }
        args.extend_from_slice(extra);
        let (code, out, err) = run(&args, &[], dir.path());
        assert_eq!(code, 2, "{args:?}: {out} {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("pdf"))
            .collect();
        assert!(left.is_empty(), "{args:?} left {left:?}");
    }
}

#[test]
fn leaflet_pages_are_linked_from_the_footer_and_download_in_any_language_and_size() {
    let server = Server::start(&[]);
    let start = server.get("/", &[]);
    assert!(
        start.body.contains("href=\"/leaflets\""),
        "footer link missing"
    );
    let list = server.get("/leaflets", &[]);
    assert_eq!(list.status, 200);
    for title in [
        "Your rights over your information",
        "How we share your information",
        "Who can see your record",
    ] {
        assert!(list.body.contains(title), "{title} missing");
    }
    let urdu = server.get("/leaflets/your-rights?in=ur", &[]);
    assert_eq!(urdu.status, 200);
    assert!(
        urdu.body.contains("lang=\"ur\" dir=\"rtl\""),
        "Urdu part not marked right to left"
    );
    assert!(
        urdu.body.contains("alt=\"آنکھ\""),
        "picture alt text not in Urdu"
    );
    assert_eq!(server.get("/leaflets/no-such-leaflet", &[]).status, 404);

    let pdf = server.get("/leaflets/how-we-share/download?in=cy&print=large", &[]);
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert!(
        pdf.header("content-disposition")
            .contains("how-we-share-cy-large-print.pdf")
    );
    assert!(pdf_text(&pdf.bytes).contains("Sut rydyn ni'n rhannu eich gwybodaeth"));
    assert_eq!(
        server
            .get("/leaflets/how-we-share/download?in=fr", &[])
            .status,
        404
    );
    assert_eq!(server.get("/leaflets/nope/download", &[]).status, 404);

    let picture = server.get("/leaflets/pictures/see.svg", &[]);
    assert_eq!(picture.status, 200);
    assert_eq!(picture.header("content-type"), "image/svg+xml");
    assert_eq!(
        server
            .get("/leaflets/pictures/..%2Fetc%2Fpasswd", &[])
            .status,
        404
    );
}

#[test]
fn a_persons_own_copy_lists_their_open_requests_and_is_theirs_alone() {
    let server = Server::start(&[]);
    let signed_out = server.get("/leaflets/your-rights/mine", &[]);
    assert_eq!(signed_out.status, 303);
    assert_eq!(signed_out.header("location"), "/sign-in");

    let person = demo_session(&server, "person:1");
    for (path, body) in [
        ("/api/requests/right", "right=access"),
        ("/api/requests/about", "about=Everything"),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ] {
        let answer = post(&server, path, Some(&person), body);
        assert!(answer.status < 400, "{path}: {answer:?}");
    }
    let mine = server.get("/leaflets/your-rights/mine", &[("Cookie", &person)]);
    assert_eq!(mine.status, 200, "{}", mine.body);
    let text = pdf_text(&mine.bytes);
    assert!(text.contains("Just for you"), "{text}");
    assert!(text.contains("You asked us for these things:"), "{text}");
    assert!(text.contains("(CR-000001). We will answer by "), "{text}");

    let staff = demo_session(&server, "staff:caseworker");
    assert_eq!(
        server
            .get("/leaflets/your-rights/mine", &[("Cookie", &staff)])
            .status,
        404
    );
    let other = demo_session(&server, "person:2");
    let theirs = pdf_text(
        &server
            .get("/leaflets/your-rights/mine", &[("Cookie", &other)])
            .bytes,
    );
    assert!(
        !theirs.contains("CR-000001"),
        "someone else's request shown"
    );
    assert!(
        theirs.contains("You have not asked us for anything yet."),
        "{theirs}"
    );
}

#[test]
fn a_persons_own_copy_names_their_allocated_worker_or_says_there_is_no_one() {
    // `--demo` loads seed 1 in order, so demo person N is synthetic person N - 1.
    let people: Vec<_> = (0..20)
        .map(|i| candour_domain::synthetic::person(1, i))
        .collect();
    let with = people
        .iter()
        .position(|p| p.allocated_worker.is_some())
        .expect("someone has a worker");
    let without = people
        .iter()
        .position(|p| p.allocated_worker.is_none())
        .expect("someone has none");
    let server = Server::start(&[]);
    let own_copy = |index: usize| {
        let cookie = demo_session(&server, &format!("person:{}", index + 1));
        let copy = server.get("/leaflets/your-rights/mine", &[("Cookie", &cookie)]);
        assert_eq!(copy.status, 200);
        pdf_text(&copy.bytes)
    };
    let worker = people[with].allocated_worker.clone().expect("worker");
    let text = own_copy(with);
    assert!(
        text.contains(&format!("The person who helps you is {}.", worker.name)),
        "{text}"
    );
    assert!(
        text.contains(worker.phone.as_deref().expect("phone")),
        "{text}"
    );
    let text = own_copy(without);
    assert!(
        text.contains("You do not have one person who helps you right now."),
        "{text}"
    );
}

#[test]
fn comms_officers_get_every_leaflet_in_a_print_pack_and_no_one_else_does() {
    let server = Server::start(&[]);
    let signed_out = server.get("/staff/leaflets/print-pack", &[]);
    assert_eq!(signed_out.status, 303);
    let caseworker = demo_session(&server, "staff:caseworker");
    assert_eq!(
        server
            .get("/staff/leaflets/print-pack", &[("Cookie", &caseworker)])
            .status,
        404
    );
    assert_eq!(
        server
            .get("/staff/leaflets", &[("Cookie", &caseworker)])
            .status,
        404
    );

    let comms = demo_session(&server, "staff:comms_officer");
    let page = server.get("/staff/leaflets", &[("Cookie", &comms)]);
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("/leaflets/who-can-see/download?in=pa&amp;print=large")
    );
    let pack = server.get("/staff/leaflets/print-pack", &[("Cookie", &comms)]);
    assert_eq!(pack.status, 200);
    assert_eq!(pack.header("content-type"), "application/zip");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pack.zip");
    std::fs::write(&path, &pack.bytes).unwrap();
    let listing = std::process::Command::new("python3")
        .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(sorted(z.namelist())))"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        listing.status.success(),
        "{}",
        String::from_utf8_lossy(&listing.stderr)
    );
    let names: Vec<String> = String::from_utf8_lossy(&listing.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(names.len(), 3 * 4 * 2, "{names:?}");
    assert!(
        names.contains(&"your-rights/ur/your-rights-ur-large-print.pdf".to_owned()),
        "{names:?}"
    );
}
