//! Where a person is sent when an abuse limit (`candour_domain::abuse`, counted by the
//! workflows) says to wait.

/// The page that says what was limited and how long to wait.
pub fn too_many_page(what: &str, minutes: i64) -> String {
    format!("/problem/too-many?what={what}&minutes={minutes}")
}
