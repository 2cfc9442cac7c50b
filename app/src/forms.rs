//! Reading what people type: dates from the three boxes of a GOV.UK date input, trimmed text.
//! Each problem is a Fluent message id, shown next to the field.

use chrono::NaiveDate;

/// A date from day, month and year boxes. All empty is `Ok(None)` (the question was optional);
/// otherwise every box must be filled and make a real date.
pub fn date_from_parts(
    day: &str,
    month: &str,
    year: &str,
) -> Result<Option<NaiveDate>, &'static str> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Ok(None);
    }
    if day.is_empty() || month.is_empty() || year.is_empty() {
        return Err("error-date-incomplete");
    }
    let (Ok(d), Ok(m), Ok(y)) = (
        day.parse::<u32>(),
        month.parse::<u32>(),
        year.parse::<i32>(),
    ) else {
        return Err("error-date-not-real");
    };
    if year.len() != 4 {
        return Err("error-date-year-four-digits");
    }
    NaiveDate::from_ymd_opt(y, m, d)
        .map(Some)
        .ok_or("error-date-not-real")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// GOV.UK "Dates" pattern: the error messages for each way a date can be wrong.
    #[test]
    fn dates_are_read_from_three_boxes_with_a_message_for_each_mistake() {
        let cases = [
            (("", "", ""), Ok(None)),
            (
                ("27", "3", "2027"),
                Ok(NaiveDate::from_ymd_opt(2027, 3, 27)),
            ),
            (
                (" 1 ", "12", "2026"),
                Ok(NaiveDate::from_ymd_opt(2026, 12, 1)),
            ),
            (("27", "", "2027"), Err("error-date-incomplete")),
            (("31", "2", "2027"), Err("error-date-not-real")),
            (("x", "2", "2027"), Err("error-date-not-real")),
            (("1", "2", "27"), Err("error-date-year-four-digits")),
        ];
        for ((d, m, y), expected) in cases {
            assert_eq!(date_from_parts(d, m, y), expected, "{d}/{m}/{y}");
        }
    }
}
