//! 简体 → 繁體 by OpenCC's method: at each position the longest phrase of the table that
//! matches wins (phrases decide one-to-many characters such as 发 → 發/髮), else the single
//! character's entry, else the character as it is. The table (`hant.tsv`) holds only what this
//! project's text uses; `scripts/update-hant-table.sh` regenerates it from OpenCC's data.
//! Natively it is built in; the browser fetches it when 繁體 is first chosen
//! ([`install`]), so readers of 简体 and English never download it.
use std::collections::HashMap;
use std::sync::OnceLock;

struct Table {
    chars: HashMap<char, char>,
    /// First character → (phrase, conversion), longest phrase first.
    phrases: HashMap<char, Vec<(&'static str, &'static str)>>,
}

static TABLE: OnceLock<Table> = OnceLock::new();

fn table() -> Option<&'static Table> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(TABLE.get_or_init(|| build(include_str!("hant.tsv"))));
    #[cfg(target_arch = "wasm32")]
    TABLE.get()
}

/// Installs the table the browser fetched. Refused (`false`) when it does not look like the
/// table (a broken download), so 繁體 stays unavailable instead of half-converted.
pub fn install(text: String) -> bool {
    let table = build(Box::leak(text.into_boxed_str()));
    table.chars.len() > 500 && TABLE.set(table).is_ok()
}

/// Whether 繁體 can be shown now (always, natively).
pub fn ready() -> bool {
    table().is_some()
}

fn build(text: &'static str) -> Table {
    let mut chars = HashMap::new();
    let mut phrases: HashMap<char, Vec<(&str, &str)>> = HashMap::new();
    for (from, to) in text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')) {
        let mut from_chars = from.chars();
        match (from_chars.next(), from_chars.next(), to.chars().next()) {
            (Some(f), None, Some(t)) => {
                chars.insert(f, t);
            }
            (Some(f), Some(_), _) => phrases.entry(f).or_default().push((from, to)),
            _ => {}
        }
    }
    // Longest first, equal lengths in the table's order.
    for list in phrases.values_mut() {
        crate::order::sort_by_key(list, |(from, _)| std::cmp::Reverse(from.len()));
    }
    Table { chars, phrases }
}

/// `text` in 繁體. Text without Chinese characters (or before the browser has the table)
/// comes back unchanged.
pub fn convert(text: &str) -> String {
    let Some(table) = table() else { return text.to_string() };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let phrase = table.phrases.get(&c).and_then(|list| list.iter().find(|(from, _)| rest.starts_with(from)));
        match phrase {
            Some((from, to)) => {
                out.push_str(to);
                rest = &rest[from.len()..];
            }
            None => {
                out.push(table.chars.get(&c).copied().unwrap_or(c));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Converts in place, for the many text fields of a report.
pub fn convert_in_place(text: &mut String) {
    if text.bytes().any(|b| b >= 0x80) {
        *text = convert(text);
    }
}

#[cfg(test)]
mod tests {
    use super::convert;

    #[test]
    fn phrases_win_over_characters() {
        // 发 is 發 in 发放 but 髮 elsewhere in OpenCC; 为准 keeps 為; 周岁 becomes 週歲.
        assert_eq!(convert("按月发放"), "按月發放");
        assert_eq!(convert("以当地公布为准"), "以當地公佈為準");
        assert_eq!(convert("年满60周岁"), "年滿60週歲");
        assert_eq!(convert("最低生活保障"), "最低生活保障");
        assert_eq!(convert("岳阳楼区民政局"), "岳陽樓區民政局");
    }

    #[test]
    fn other_text_is_left_alone() {
        assert_eq!(convert("740.00 元 / yuan, members[0]"), "740.00 元 / yuan, members[0]");
        assert_eq!(convert(""), "");
    }
}
