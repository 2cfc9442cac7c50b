//! Every page route, as a list the rest of the code can read: the router in `lib.rs` is the
//! source of truth, and a test fails if this list and the router ever differ. Other code uses
//! it where it must know every page: the addresses a person may be sent back to after signing
//! in ([`may_return_to`]), and the tests that visit every page.

/// Every page route in the router, in its order (`:name` is one path segment).
pub const PAGE_ROUTES: &[&str] = &[
    "/",
    "/accessibility",
    "/cookies",
    "/privacy",
    "/contact",
    "/leaflets",
    "/leaflets/:name",
    "/sign-in",
    "/signed-out",
    "/sign-in/problem",
    "/demo/sign-in",
    "/account",
    "/account/accept",
    "/record",
    "/record/:id",
    "/sharing",
    "/sharing/:id",
    "/access-log",
    "/access-log/:look/ask",
    "/what-we-hold",
    "/consents",
    "/consents/:id/change",
    "/consents/:id/changed",
    "/requests",
    "/requests/new",
    "/requests/new/about",
    "/requests/new/contact",
    "/requests/new/check",
    "/requests/:reference",
    "/requests/:reference/copy",
    "/requests/:reference/disagree",
    "/staff/requests",
    "/staff/requests/new",
    "/staff/accuracy",
    "/staff/delegates/new",
    "/staff/delegates/registered",
    "/staff/delegates/approvals",
    "/staff/consents",
    "/staff/leaflets",
    "/staff/organisation",
    "/staff/organisation/logo",
    "/staff/people",
    "/staff/people/:person",
    "/staff/sharing/not-told",
    "/staff/questions",
    "/staff/questions/:id",
    "/staff/alerts",
    "/staff/alerts/:id",
    "/staff/people/:person/why",
    "/staff/people/:person/record/:entry",
    "/staff/people/:person/sharing/new",
    "/staff/people/:person/sharing/new/information",
    "/staff/people/:person/sharing/new/purpose",
    "/staff/people/:person/sharing/new/basis",
    "/staff/people/:person/sharing/new/grounds",
    "/staff/people/:person/sharing/new/telling",
    "/staff/people/:person/sharing/new/check",
    "/staff/people/:person/sharing/recorded/:id",
    "/staff/requests/:reference",
    "/account/delegates",
    "/account/delegates/invite",
    "/account/delegates/invited",
    "/notifications",
    "/messages",
    "/problem",
    "/problem/cross-site",
    "/problem/too-many",
    "/problem/too-large",
];

/// Pages that are never somewhere to go back to after signing in: signing in and out, and
/// problem pages.
const NOT_A_DESTINATION: &[&str] = &[
    "/sign-in",
    "/signed-out",
    "/sign-in/problem",
    "/demo/sign-in",
];

/// Whether `path` (no query) is one of the router's pages: each `:name` matches one segment of
/// letters, digits, `-` or `_`.
pub fn is_page(path: &str) -> bool {
    PAGE_ROUTES.iter().any(|route| matches(route, path))
}

fn matches(route: &str, path: &str) -> bool {
    let (mut want, mut got) = (route.split('/'), path.split('/'));
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(w), Some(g)) if w.starts_with(':') => {
                if g.is_empty()
                    || !g
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    return false;
                }
            }
            (Some(w), Some(g)) if w == g => {}
            _ => return false,
        }
    }
}

/// Where to send someone after signing in, from a `return_to` they brought: one of the router's
/// pages (not a sign-in or problem page), with a plain query at most; anything else, including
/// a path that only looks local (`//evil.example`, `/\evil.example`, a tab or other control
/// character anywhere), goes to `/account` (OWASP ASVS V5.1.5, open redirects).
pub fn may_return_to(value: Option<&str>) -> String {
    const HOME: &str = "/account";
    let Some(value) = value else {
        return HOME.to_owned();
    };
    if value
        .chars()
        .any(|c| c.is_control() || c == '\\' || c.is_whitespace())
    {
        return HOME.to_owned();
    }
    let (path, query) = value.split_once('?').unwrap_or((value, ""));
    let is_destination = path.starts_with('/')
        && !path.starts_with("//")
        && is_page(path)
        && !NOT_A_DESTINATION.contains(&path)
        && !path.starts_with("/problem");
    if !is_destination {
        return HOME.to_owned();
    }
    let plain_query = query
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "=&-_.%+".contains(c));
    if query.is_empty() || !plain_query {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_the_routers() {
        let source = std::fs::read_to_string(format!("{}/src/lib.rs", crate::test_manifest_dir()))
            .expect("the router's source");
        let routed: Vec<&str> = source
            .split("path!(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(
            routed, PAGE_ROUTES,
            "PAGE_ROUTES must list the router's pages, in order"
        );
    }

    #[test]
    fn only_pages_of_this_site_are_returned_to() {
        let cases = [
            (Some("/record?page=2"), "/record?page=2"),
            (Some("/record/12"), "/record/12"),
            (Some("/requests/CR-000001"), "/requests/CR-000001"),
            (
                Some("/staff/people/3/record/9?why=accuracy"),
                "/staff/people/3/record/9?why=accuracy",
            ),
            (Some("//evil.example/x"), "/account"),
            (Some("https://evil.example"), "/account"),
            (Some("/\\evil.example"), "/account"),
            (Some("/\t/evil.example"), "/account"),
            (Some("/%09/evil.example"), "/account"),
            (Some("/record/../../evil"), "/account"),
            (Some("/nowhere"), "/account"),
            (Some("/sign-in"), "/account"),
            (Some("/problem/too-many"), "/account"),
            (Some("/record?x=<script>"), "/record"),
            (Some(""), "/account"),
            (None, "/account"),
        ];
        for (input, expected) in cases {
            assert_eq!(may_return_to(input), expected, "{input:?}");
        }
    }
}
