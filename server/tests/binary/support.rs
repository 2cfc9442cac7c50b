//! Starts the real `candour` binary on port 0 and talks HTTP/1.1 to it, with no client library
//! (so the tests share no code, and no dependency features, with the server they test).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running server, stopped when dropped.
pub struct Server {
    /// `127.0.0.1:PORT`.
    pub addr: String,
    child: Child,
    /// Keeps the database folder alive as long as the server.
    _data: tempfile::TempDir,
}

/// The binary under test.
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_candour"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("CANDOUR_LOG_FORMAT", "text")
        .env("CANDOUR_LOG", "warn");
    command
}

impl Server {
    /// Starts `candour serve --demo` on a fresh SQLite database, with extra environment.
    pub fn start(extra: &[(&str, &str)]) -> Server {
        Server::start_with(&["serve", "--demo", "--addr", "127.0.0.1:0"], extra)
    }

    /// Starts the binary with these arguments on a fresh SQLite database (`c.db` in
    /// [`Server::data_dir`]).
    pub fn start_with(args: &[&str], extra: &[(&str, &str)]) -> Server {
        Server::start_in(tempfile::tempdir().expect("temp dir"), args, extra)
    }

    /// Starts the binary with these arguments on the SQLite database (`c.db`) in `data`, which
    /// may hold one from an earlier server.
    pub fn start_in(data: tempfile::TempDir, args: &[&str], extra: &[(&str, &str)]) -> Server {
        let mut command = binary();
        command
            .args(args)
            .env(
                "CANDOUR_DATABASE_URL",
                format!("sqlite:{}", data.path().join("c.db").display()),
            )
            .current_dir(data.path());
        for (k, v) in extra {
            command.env(k, v);
        }
        Server::spawn(command, data)
    }

    /// Spawns a prepared command and waits for its "listening" line.
    pub fn spawn(mut command: Command, data: tempfile::TempDir) -> Server {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the candour binary starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("a first line");
        let addr = line
            .trim()
            .rsplit("http://")
            .next()
            .filter(|a| a.contains(':'))
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_owned();
        Server {
            addr,
            child,
            _data: data,
        }
    }

    /// The folder holding the server's database.
    pub fn data_dir(&self) -> &Path {
        self._data.path()
    }

    /// Kills the process at once (SIGKILL: no shutdown of any kind) and hands back its data.
    pub fn kill(mut self) -> tempfile::TempDir {
        self.child.kill().expect("kill");
        self.child.wait().expect("reaped");
        std::mem::replace(&mut self._data, tempfile::tempdir().expect("temp dir"))
    }

    /// Stops the server with SIGTERM (it signs a last checkpoint) and hands back its data.
    pub fn stop(mut self) -> tempfile::TempDir {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs");
        assert!(
            self.child.wait().expect("exit status").success(),
            "a clean stop"
        );
        std::mem::replace(&mut self._data, tempfile::tempdir().expect("temp dir"))
    }

    /// Sends SIGTERM and returns the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs");
        self.child.wait().expect("exit status")
    }

    /// A request to this server.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        request(&self.addr, method, path, headers, body)
    }

    /// `GET path`.
    pub fn get(&self, path: &str, headers: &[(&str, &str)]) -> Response {
        self.request("GET", path, headers, b"")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers, names lower-cased; repeated headers joined with "\n".
    pub headers: BTreeMap<String, String>,
    /// Body as text.
    pub body: String,
    /// Body as sent, for files.
    pub bytes: Vec<u8>,
}

impl Response {
    /// A header's value, or "".
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }
}

/// One HTTP/1.1 request with `Connection: close`.
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    try_request(addr, method, path, headers, body).expect("a complete response")
}

/// One request, or `None` when the server is not there or stops before answering in full.
pub fn try_request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Option<Response> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .ok()?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    // The server may refuse before reading the whole body; that is not a test failure.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    raw.windows(4)
        .any(|w| w == b"\r\n\r\n")
        .then(|| parse(&raw))
}

/// A server known only by its address, for clients on other threads; every call answers
/// `None` once the server has gone.
pub struct Remote(pub String);

impl Remote {
    fn form(&self, path: &str, cookie: Option<&str>, body: &str) -> Option<Response> {
        let origin = format!("http://{}", self.0);
        let mut headers = vec![
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Origin", origin.as_str()),
        ];
        if let Some(cookie) = cookie {
            headers.push(("Cookie", cookie));
        }
        try_request(&self.0, "POST", path, &headers, body.as_bytes())
    }

    /// Signs in through the demo form; the session cookie pair.
    pub fn demo_session(&self, choice: &str) -> String {
        let response = self
            .form(
                "/api/demo/sign-in",
                None,
                &format!("choice={}", choice.replace(':', "%3A")),
            )
            .expect("the server answers");
        response
            .header("set-cookie")
            .lines()
            .find(|c| c.starts_with("candour_session="))
            .and_then(|c| c.split(';').next())
            .expect("a session cookie")
            .to_owned()
    }

    /// A form POST; its status.
    pub fn post(&self, path: &str, cookie: &str, body: &str) -> Option<u16> {
        self.form(path, Some(cookie), body).map(|r| r.status)
    }

    /// Sends the request being made; the reference the server confirmed, if it did.
    pub fn send(&self, cookie: &str) -> Option<String> {
        let response = self.form("/api/requests/send", Some(cookie), "")?;
        let location = response.header("location");
        let reference = location.strip_prefix("/requests/")?.split('?').next()?;
        reference.starts_with("CR-").then(|| reference.to_owned())
    }
}

fn parse(raw: &[u8]) -> Response {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let mut headers: BTreeMap<String, String> = BTreeMap::new();
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            headers
                .entry(k.trim().to_ascii_lowercase())
                .and_modify(|e| {
                    e.push('\n');
                    e.push_str(v.trim());
                })
                .or_insert_with(|| v.trim().to_owned());
        }
    }
    let mut body = raw[split + 4..].to_vec();
    if headers
        .get("transfer-encoding")
        .is_some_and(|t| t.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Response {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
        bytes: body,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(&data[start..(start + size).min(data.len())]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}

/// Runs the binary with arguments and environment, returning (exit code, stdout, stderr).
pub fn run(args: &[&str], env: &[(&str, &str)], dir: &Path) -> (i32, String, String) {
    let mut command = binary();
    command.args(args).current_dir(dir);
    for (k, v) in env {
        command.env(k, v);
    }
    let output = command.output().expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Signs in through the demo form as `choice` ("person:1", "staff:caseworker"); returns the
/// session cookie pair.
pub fn demo_session(server: &Server, choice: &str) -> String {
    let origin = format!("http://{}", server.addr);
    let response = server.request(
        "POST",
        "/api/demo/sign-in",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Origin", origin.as_str()),
        ],
        format!("choice={}", choice.replace(':', "%3A")).as_bytes(),
    );
    response
        .header("set-cookie")
        .lines()
        .find(|c| c.starts_with("candour_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

/// A form POST from this site's own origin, asking for JSON, with an optional session cookie.
pub fn post(server: &Server, path: &str, cookie: Option<&str>, body: &str) -> Response {
    let origin = format!("http://{}", server.addr);
    let mut headers = vec![
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Accept", "application/json"),
        ("Origin", origin.as_str()),
    ];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    server.request("POST", path, &headers, body.as_bytes())
}

/// The text of a PDF, white space made single spaces.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `pdfinfo` says of `pdf`, after checking it is a tagged PDF (the structure screen readers
/// read: PDF/UA-1).
pub fn tagged_pdf_info(pdf: &[u8]) -> String {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), pdf).expect("write");
    let info = std::process::Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("Tagged:          yes"), "{info}");
    info
}

/// An Ed25519 audit key in PKCS#8 PEM form, as `openssl genpkey -algorithm ed25519` writes (a
/// throwaway key for tests only).
pub const TEST_AUDIT_KEY: &str = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB+gW88SIPXl5KFohr/G4KjPGA+sIFvip7PrC9F8RLQw\n-----END PRIVATE KEY-----\n";

/// Writes [`TEST_AUDIT_KEY`] into `dir`; returns its path.
pub fn write_audit_key(dir: &Path) -> String {
    let path = dir.join("audit-key.pem");
    std::fs::write(&path, TEST_AUDIT_KEY).expect("write the audit key");
    path.display().to_string()
}

/// The server's SQLite database, as the CLI is given it.
pub fn database(server: &Server) -> String {
    format!("sqlite:{}", server.data_dir().join("c.db").display())
}

/// Credentials `(client_id, client_secret)` for a new ingestion API client of `org`, made by
/// `candour api-client create` on the server's own database.
pub fn api_client(server: &Server, org: &str) -> (String, String) {
    let (code, out, err) = run(
        &[
            "api-client",
            "create",
            "--org",
            org,
            "--name",
            "Test case system",
        ],
        &[("CANDOUR_DATABASE_URL", &database(server))],
        server.data_dir(),
    );
    assert_eq!(code, 0, "{err}");
    let value = |key: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("no {key} in {out}"))
            .to_owned()
    };
    (value("client_id"), value("client_secret"))
}

/// Calls the ingestion API as the client `auth`, with `body` as JSON.
pub fn api_call(
    server: &Server,
    method: &str,
    path: &str,
    auth: &(String, String),
    body: &serde_json::Value,
) -> Response {
    use base64::Engine as _;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", auth.0, auth.1));
    let authorization = format!("Basic {basic}");
    server.request(
        method,
        path,
        &[
            ("Authorization", authorization.as_str()),
            ("Content-Type", "application/json"),
        ],
        body.to_string().as_bytes(),
    )
}

/// The member of staff signed in with `cookie` says why they open person `person`'s case: asked
/// only of a case closed long enough ago (`candour_services::closed_cases`); for any other case
/// nothing happens.
pub fn say_why(server: &Server, cookie: &str, person: i64) {
    let answer = post(
        server,
        "/api/staff/closed-case/reason",
        Some(cookie),
        &format!("person={person}&reason=Casework+for+a+test"),
    );
    assert!(answer.status < 400, "{answer:?}");
}

/// Every byte but letters and digits as `%XX`, for a form body.
pub fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Opens person `person`'s entry `entry` for `why` as the member of staff `cookie` does by
/// pressing "Open the entry" (a POST, which records the view); its page then shows it.
pub fn open_entry(server: &Server, cookie: &str, person: i64, entry: i64, why: &str) {
    let opened = post(
        server,
        "/api/staff/records/open",
        Some(cookie),
        &format!("person={person}&entry={entry}&why={why}"),
    );
    assert!(opened.status < 400, "{opened:?}");
}

/// The invitation code in the address a response sends the browser to.
pub fn code_in(response: &Response) -> String {
    response
        .header("location")
        .split("code=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .unwrap_or_else(|| panic!("a code in {response:?}"))
        .to_owned()
}

/// The person signed in with `inviter` invites the demo person `who` as a delegate with
/// `scopes` (their keys), and `who` accepts: `who`'s session, now acting for the inviter.
pub fn accepted_delegate(server: &Server, inviter: &str, who: &str, scopes: &[&str]) -> String {
    let chosen: String = scopes
        .iter()
        .map(|scope| format!("&scopes%5B%5D={scope}"))
        .collect();
    let invited = post(
        server,
        "/api/delegates/invite",
        Some(inviter),
        &format!("name=Sam+Reader{chosen}"),
    );
    assert!(invited.status < 400, "{invited:?}");
    let cookie = demo_session(server, who);
    let accepted = post(
        server,
        "/api/delegates/accept",
        Some(&cookie),
        &format!("code={}", code_in(&invited)),
    );
    assert!(accepted.status < 400, "{accepted:?}");
    cookie
}
