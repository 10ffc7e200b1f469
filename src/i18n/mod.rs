//! Languages. 简体中文 is the source text everywhere (engine wording in `explain::messages`,
//! the widget's catalog in `ui::text`); English has its own catalogs; 繁體中文 is the
//! 简体 text converted with OpenCC's tables (`hant`), so policy names, document titles and
//! region names appear in 繁體 too without a second copy to keep in step.
pub mod hant;
pub mod report;

use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// The BCP 47 tag: the contract's `language` field, the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Accepts the tags above and the common spellings browsers and hosts use.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.to_ascii_lowercase().as_str() {
            "zh-hans" | "zh" | "zh-cn" | "zh-sg" => Some(Lang::ZhHans),
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" => Some(Lang::ZhHant),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's name in itself, for the switch: the same in every catalog.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::ZhHans => "简体",
            Lang::ZhHant => "繁體",
            Lang::En => "English",
        }
    }

    /// Engine wording is written in 简体 and English; 繁體 starts from 简体.
    pub fn is_english(self) -> bool {
        self == Lang::En
    }
}
