//! Dates as people type them: day first ("7-3-2024", "07/03/2024", "7.3.2024"), as Dutch and
//! British readers write them, or ISO ("2024-03-07", as files and pasted data have them).
//! [`days`] keeps a date as a number where a binary form stores it.

use chrono::NaiveDate;

/// The date a text names, or none when it names no real date (31-02-2024, 7-13-2024, "morgen").
pub fn parse(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text
        .trim()
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let number = |p: &str| -> Option<u32> {
        (p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (a, b, c) = (number(a)?, number(b)?, number(c)?);
    let (year, month, day) = if parts[0].len() == 4 {
        (a, b, c)
    } else if parts[2].len() == 4 {
        (c, b, a)
    } else {
        // A two-digit year is a guess we do not make: "7-3-24" could be 1924 or 2024.
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Dates as days since the Common Era, for a binary stored form (`serde(with)`): parsing
/// 100,000 ISO dates was a tenth of reading the patterns page's entries.
pub mod days {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.map(|d| d.num_days_from_ce()).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<i32>::deserialize(d)?.and_then(NaiveDate::from_num_days_from_ce_opt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn day_first_in_any_of_the_usual_marks_and_iso() {
        for text in [
            "7-3-2024",
            "07-03-2024",
            "7/3/2024",
            "07.03.2024",
            " 7 3 2024 ",
            "2024-03-07",
        ] {
            assert_eq!(parse(text), d(2024, 3, 7), "{text}");
        }
    }

    #[test]
    fn no_date_where_there_is_none() {
        for text in [
            "",
            "morgen",
            "31-02-2024",
            "7-13-2024",
            "7-3-24",
            "2024-3",
            "7-3-2024-1",
            "+7-3-2024",
            "٧-٣-٢٠٢٤",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
