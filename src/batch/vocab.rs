//! The words a cell may hold for each closed vocabulary: the contract's wire value (any
//! letter case), the model's Chinese label, and the short Chinese a caseworker types. The
//! aliases are per column, because 劳动能力 and 自理能力 share one vocabulary but not their words.
use crate::household::{CareSetting, DisabilityCategory, Emergency, Hukou, Level, ParentStatus, Relation, Supporters};

/// A closed vocabulary of the household model, seen generically.
pub trait Word: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn json(self) -> &'static str;
    fn zh(self) -> &'static str;
}

macro_rules! word {
    ($($t:ident),*) => {$(
        impl Word for $t {
            fn all() -> &'static [Self] { $t::ALL }
            fn json(self) -> &'static str { $t::json(self) }
            fn zh(self) -> &'static str { $t::zh(self) }
        }
    )*};
}
word!(Hukou, Relation, DisabilityCategory, Level, Supporters, ParentStatus, Emergency, CareSetting);

/// Chinese spellings, the first for each value being the one documented and suggested.
pub type Aliases<T> = &'static [(&'static str, T)];

pub const HUKOU: Aliases<Hukou> = &[("城镇", Hukou::Urban), ("城市", Hukou::Urban), ("非农", Hukou::Urban), ("农村", Hukou::Rural), ("农业", Hukou::Rural)];

pub const RELATION: Aliases<Relation> = &[
    ("本人", Relation::Applicant), ("申请人", Relation::Applicant), ("户主", Relation::Applicant),
    ("配偶", Relation::Spouse), ("妻子", Relation::Spouse), ("丈夫", Relation::Spouse), ("妻", Relation::Spouse), ("夫", Relation::Spouse),
    ("子女", Relation::Child), ("儿子", Relation::Child), ("女儿", Relation::Child), ("子", Relation::Child), ("女", Relation::Child),
    ("父母", Relation::Parent), ("父亲", Relation::Parent), ("母亲", Relation::Parent),
    ("祖父母", Relation::Grandparent), ("外祖父母", Relation::Grandparent), ("祖父", Relation::Grandparent), ("祖母", Relation::Grandparent),
    ("外祖父", Relation::Grandparent), ("外祖母", Relation::Grandparent), ("爷爷", Relation::Grandparent), ("奶奶", Relation::Grandparent),
    ("外公", Relation::Grandparent), ("外婆", Relation::Grandparent),
    ("孙子女", Relation::Grandchild), ("外孙子女", Relation::Grandchild), ("孙子", Relation::Grandchild), ("孙女", Relation::Grandchild),
    ("外孙", Relation::Grandchild), ("外孙女", Relation::Grandchild),
    ("兄弟姐妹", Relation::Sibling), ("兄弟", Relation::Sibling), ("姐妹", Relation::Sibling), ("哥哥", Relation::Sibling),
    ("弟弟", Relation::Sibling), ("姐姐", Relation::Sibling), ("妹妹", Relation::Sibling),
    ("其他", Relation::Other),
];

pub const DISABILITY_CATEGORY: Aliases<DisabilityCategory> = &[
    ("肢体", DisabilityCategory::Physical), ("视力", DisabilityCategory::Visual), ("听力", DisabilityCategory::Hearing),
    ("言语", DisabilityCategory::Speech), ("智力", DisabilityCategory::Intellectual), ("精神", DisabilityCategory::Mental),
    ("多重", DisabilityCategory::Multiple),
];

pub const SELF_CARE: Aliases<Level> = &[
    ("全自理", Level::Full), ("能自理", Level::Full), ("自理", Level::Full),
    ("半失能", Level::Partial), ("部分自理", Level::Partial),
    ("全失能", Level::None), ("不能自理", Level::None), ("失能", Level::None),
];

pub const LABOR_CAPACITY: Aliases<Level> = &[
    ("有", Level::Full), ("有劳动能力", Level::Full),
    ("部分", Level::Partial), ("部分丧失", Level::Partial), ("部分丧失劳动能力", Level::Partial),
    ("无", Level::None), ("无劳动能力", Level::None), ("丧失", Level::None), ("完全丧失劳动能力", Level::None),
];

pub const SUPPORTERS: Aliases<Supporters> = &[
    ("无", Supporters::None), ("无义务人", Supporters::None),
    ("无履行能力", Supporters::Incapable), ("有但无能力", Supporters::Incapable),
    ("有履行能力", Supporters::Capable), ("有能力", Supporters::Capable),
];

pub const PARENT: Aliases<ParentStatus> = &[
    ("健在", ParentStatus::Present), ("能抚养", ParentStatus::Present),
    ("死亡", ParentStatus::Deceased), ("已故", ParentStatus::Deceased), ("去世", ParentStatus::Deceased),
    ("宣告失踪", ParentStatus::Missing), ("失踪", ParentStatus::Missing),
    ("无力抚养", ParentStatus::Incapacitated), ("重残", ParentStatus::Incapacitated), ("重病", ParentStatus::Incapacitated),
    ("服刑", ParentStatus::Incapacitated), ("强制隔离戒毒", ParentStatus::Incapacitated),
    ("失联", ParentStatus::LostContact),
];

pub const EMERGENCY: Aliases<Emergency> = &[
    ("无", Emergency::None), ("没有", Emergency::None), ("火灾", Emergency::Fire),
    ("意外", Emergency::Accident), ("交通事故", Emergency::Accident),
    ("自然灾害", Emergency::Disaster), ("灾害", Emergency::Disaster),
    ("突发重病", Emergency::SeriousIllness), ("重病", Emergency::SeriousIllness), ("其他", Emergency::Other),
];

pub const CARE_SETTING: Aliases<CareSetting> = &[
    ("分散", CareSetting::Family), ("散居", CareSetting::Family), ("分散供养", CareSetting::Family), ("家庭", CareSetting::Family),
    ("集中", CareSetting::Institution), ("集中供养", CareSetting::Institution), ("机构", CareSetting::Institution),
];

/// The value a cell names, if any spelling matches.
pub fn lookup<T: Word>(text: &str, aliases: Aliases<T>) -> Option<T> {
    aliases
        .iter()
        .find(|(alias, _)| *alias == text)
        .map(|(_, v)| *v)
        .or_else(|| T::all().iter().copied().find(|v| v.json().eq_ignore_ascii_case(text) || v.zh() == text))
}

/// The accepted spellings for an error message or the documentation: each value's wire
/// spelling with its suggested Chinese word, e.g. `本人 (applicant)、配偶 (spouse)`.
pub fn spellings<T: Word>(aliases: Aliases<T>) -> String {
    T::all()
        .iter()
        .map(|v| match aliases.iter().find(|(_, a)| a == v) {
            Some((zh, _)) => format!("{zh} ({})", v.json()),
            None => v.json().to_string(),
        })
        .collect::<Vec<_>>()
        .join("、")
}

/// Every accepted word of a value (for the documentation and its test).
pub fn words_of<T: Word>(value: T, aliases: Aliases<T>) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = aliases.iter().filter(|(_, v)| *v == value).map(|(w, _)| *w).collect();
    words.extend([value.zh(), value.json()]);
    words
}
