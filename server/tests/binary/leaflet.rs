//! `candour leaflet list` and `candour leaflet render`, the contract: names first on each line,
//! a PDF/UA file at `--out`, and for bad input exit 2, one line naming the problem, and no file.

use crate::support::run;

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
    let text = std::process::Command::new("pdftotext")
        .arg(dir.path().join("leaflet.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
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
