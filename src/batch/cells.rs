//! One cell's text → a typed value, or a message saying what is wrong and what is accepted.
//! Spreadsheets rewrite what people type (`2025/7/1`, `740元`), so the common rewrites are
//! accepted; anything else is refused, never guessed.
use super::problem::Msg;
use super::vocab::{self, Aliases, Word};
use crate::date::Date;
use crate::money::Yuan;
use crate::region::RegionCode;

/// `YYYY-MM-DD`, also `YYYY/M/D`, `YYYY.M.D` and `YYYY年M月D日` as Excel and people write it.
pub fn date(text: &str) -> Result<Date, Msg> {
    let normal = text.trim_end_matches('日').replace(['/', '.', '年', '月'], "-");
    let parts: Vec<&str> = normal.split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => Date::parse(&format!("{y}-{m:0>2}-{d:0>2}")),
        _ => None,
    };
    parsed.ok_or_else(|| Msg::new(format!("“{text}”不是有效日期，应为 YYYY-MM-DD，如 1960-05-01"), format!("\"{text}\" is not a valid date YYYY-MM-DD, e.g. 1960-05-01")))
}

/// A non-negative amount in 元 (a trailing 元 is allowed).
pub fn money(text: &str) -> Result<Yuan, Msg> {
    let number = text.strip_suffix('元').unwrap_or(text).trim();
    match Yuan::parse(number) {
        Some(amount) if amount.is_negative() => Err(Msg::new("金额不能为负数", "amount must not be negative")),
        Some(amount) => Ok(amount),
        None => Err(Msg::new(format!("“{text}”不是有效金额，请填写数字，如 740.50"), format!("\"{text}\" is not a valid amount; write a number such as 740.50"))),
    }
}

pub fn region(text: &str) -> Result<RegionCode, Msg> {
    RegionCode::parse(text).ok_or_else(|| {
        Msg::new(format!("地区代码“{text}”应为 6 位行政区划代码，如 430602"), format!("region \"{text}\" must be a 6-digit administrative division code such as 430602"))
    })
}

/// 是/否 and the usual spellings of yes and no.
pub fn flag(text: &str) -> Result<bool, Msg> {
    const YES: &[&str] = &["是", "有", "yes", "y", "true", "1", "√"];
    const NO: &[&str] = &["否", "无", "no", "n", "false", "0", "×"];
    let lower = text.to_lowercase();
    if YES.contains(&lower.as_str()) {
        Ok(true)
    } else if NO.contains(&lower.as_str()) {
        Ok(false)
    } else {
        Err(Msg::new(format!("“{text}”应为“是”或“否”"), format!("\"{text}\" must be yes or no (是/否)")))
    }
}

/// 残疾等级 1–4 as on the certificate: `2`, `2级`, `二级`, `二`.
pub fn grade(text: &str) -> Result<u8, Msg> {
    let core = text.strip_suffix('级').unwrap_or(text);
    let grade = match core {
        "1" | "一" => Some(1),
        "2" | "二" => Some(2),
        "3" | "三" => Some(3),
        "4" | "四" => Some(4),
        _ => None,
    };
    grade.ok_or_else(|| Msg::new(format!("残疾等级“{text}”应为 1 到 4（一级至四级）"), format!("disability grade \"{text}\" must be 1 to 4")))
}

/// A word of a closed vocabulary, by the column's aliases.
pub fn word<T: Word>(text: &str, aliases: Aliases<T>) -> Result<T, Msg> {
    vocab::lookup(text, aliases).ok_or_else(|| {
        let allowed = vocab::spellings(aliases);
        let wire: Vec<&str> = T::all().iter().map(|v| v.json()).collect();
        Msg::new(format!("“{text}”不是可选值，可选：{allowed}"), format!("\"{text}\" is not one of: {}", wire.join(", ")))
    })
}

/// Free text such as an id: anything but the replacement character, which means the file
/// was not UTF-8.
pub fn readable(text: &str) -> Result<&str, Msg> {
    match text.contains('\u{fffd}') {
        true => Err(Msg::new(
            "含无法识别的字符：文件可能不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
            "unreadable characters: the file is probably not UTF-8; in Excel save as \"CSV UTF-8 (Comma delimited)\"",
        )),
        false => Ok(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::Relation;

    #[test]
    fn dates_as_spreadsheets_write_them() {
        for ok in ["1985-06-01", "1985/6/1", "1985.06.01", "1985年6月1日"] {
            assert_eq!(date(ok).map(|d| d.to_string()), Ok("1985-06-01".to_string()), "{ok}");
        }
        for bad in ["1985-13-01", "1985-02-30", "85-6-1", "1985-06", "19850601", "", "1985-006-01"] {
            assert!(date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn money_refuses_negative_and_words() {
        assert_eq!(money("740元").map(|y| y.to_string()), Ok("740.00".to_string()));
        assert!(money("-1").is_err());
        assert!(money("一千").is_err());
        assert!(money("1,000").is_err());
    }

    #[test]
    fn words_by_chinese_alias_label_and_wire_value() {
        assert_eq!(word("本人", vocab::RELATION), Ok(Relation::Applicant));
        assert_eq!(word("APPLICANT", vocab::RELATION), Ok(Relation::Applicant));
        assert_eq!(word("配偶", vocab::RELATION), Ok(Relation::Spouse));
        let err = word("表亲", vocab::RELATION).unwrap_err();
        assert!(err.zh.contains("本人 (applicant)"), "{}", err.zh);
        assert_eq!(grade("二级"), Ok(2));
        assert!(grade("5").is_err());
        assert_eq!(flag("是"), Ok(true));
        assert_eq!(flag("N"), Ok(false));
        assert!(flag("maybe").is_err());
    }
}
