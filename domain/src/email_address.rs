//! Whether typed text could be an email address. Only a message that arrives proves an address;
//! this catches the slips people make (a missing `@`, a space, no domain), as GOV.UK's "Email
//! address" pattern advises, without refusing unusual but real addresses.

/// True when `text` (trimmed) has something before one `@`, a dot in the domain after it, and
/// no spaces.
pub fn is_plausible(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_slips_are_caught_and_unusual_real_addresses_pass() {
        let cases = [
            ("name@example.com", true),
            (" name@example.com ", true),
            ("o'neill+care@council.gov.uk", true),
            ("name.example.com", false),
            ("name@example", false),
            ("@example.com", false),
            ("name@.example.com", false),
            ("name@example.com.", false),
            ("na me@example.com", false),
            ("a@b@example.com", false),
            ("", false),
        ];
        for (text, plausible) in cases {
            assert_eq!(is_plausible(text), plausible, "{text:?}");
        }
    }
}
