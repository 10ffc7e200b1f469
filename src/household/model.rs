//! The validated household: every field here has passed `parse`, so programs never re-check
//! shapes. `Option` means "the resident has not answered", never "no".
use crate::date::Date;
use crate::money::Yuan;
use crate::region::RegionCode;

#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    pub region: RegionCode,
    /// The day the determination is made for.
    pub date: Date,
    pub hukou: Option<Hukou>,
    pub members: Vec<Member>,
    /// 家庭金融资产 (deposits, cash, securities, insurance cash value) of the whole household.
    pub financial_assets: Option<Yuan>,
    /// A sudden hardship (急难): `Some(Emergency::None)` when asked and there is none.
    pub emergency: Option<Emergency>,
    /// Essential out-of-pocket spending of the last 12 months (支出型临时救助).
    pub expenses: Option<Expenses>,
    /// The language the report is worded in (the contract's optional `language`).
    pub language: crate::i18n::Lang,
}

/// 近12个月家庭刚性支出 after insurance and other assistance, in 元 per year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Expenses {
    pub medical: Yuan,
    pub education: Yuan,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub id: String,
    /// Where the member sits in the input (`members[2]`), for `missing` paths.
    pub index: usize,
    pub relation: Relation,
    pub birth_date: Date,
    /// `None`: incomes not asked yet. `Some(empty)`: asked, and there is none.
    pub incomes: Option<Vec<Income>>,
    pub disability: Option<Disability>,
    pub self_care: Option<Level>,
    pub labor_capacity: Option<Level>,
    pub serious_illness: Option<bool>,
    pub supporters: Option<Supporters>,
    pub parents: Option<Parents>,
    pub care_setting: Option<CareSetting>,
    /// Receives 工伤保险生活护理费 (work-injury care allowance).
    pub work_injury_care: Option<bool>,
    /// In full-time education (在校就读).
    pub in_school: Option<bool>,
    /// Self-paid medical costs of the last 12 months within the insurance catalogue, after
    /// basic medical insurance and 大病保险 (政策范围内个人自付), in 元.
    pub medical_out_of_pocket: Option<Yuan>,
}

impl Member {
    pub fn path(&self, field: &str) -> String {
        format!("members[{}].{field}", self.index)
    }

    pub fn age_on(&self, date: Date) -> i32 {
        self.birth_date.age_on(date)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Income {
    pub kind: IncomeKind,
    pub monthly: Yuan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Disability {
    pub category: DisabilityCategory,
    /// 1 (most severe) to 4, as on the 残疾人证.
    pub grade: u8,
}

/// Declares a closed vocabulary with its contract spelling, Chinese label and English label,
/// so the parser, the UI's selects, the data files and the report's wording share one list.
/// English labels are lower case, as they read inside a sentence ("father: deceased"), except
/// `Relation`'s, which name a member ("Parent (b)").
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $json:literal / $zh:literal / $en:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn json(self) -> &'static str {
                match self { $($name::$variant => $json),+ }
            }

            pub fn zh(self) -> &'static str {
                match self { $($name::$variant => $zh),+ }
            }

            pub fn en(self) -> &'static str {
                match self { $($name::$variant => $en),+ }
            }

            pub fn from_json(text: &str) -> Option<$name> {
                match text { $($json => Some($name::$variant),)+ _ => None }
            }

            /// The allowed spellings, for error messages.
            pub fn spellings() -> String {
                [$($json),+].join(", ")
            }
        }
    };
}

vocabulary!(
    /// 户籍类型.
    Hukou { Urban = "urban" / "城镇户籍" / "urban hukou", Rural = "rural" / "农村户籍" / "rural hukou" }
);
vocabulary!(
    /// Relation to the applicant (与申请人关系).
    Relation {
        Applicant = "applicant" / "申请人本人" / "Applicant",
        Spouse = "spouse" / "配偶" / "Spouse",
        Child = "child" / "子女" / "Child",
        Parent = "parent" / "父母" / "Parent",
        Grandparent = "grandparent" / "祖父母/外祖父母" / "Grandparent",
        Grandchild = "grandchild" / "孙子女/外孙子女" / "Grandchild",
        Sibling = "sibling" / "兄弟姐妹" / "Sibling",
        Other = "other" / "其他共同生活成员" / "Other household member",
    }
);
vocabulary!(
    /// Income kinds; which ones count is policy data, not code.
    IncomeKind {
        Wage = "wage" / "工资性收入" / "wages",
        Business = "business" / "经营净收入" / "net business income",
        Agriculture = "agriculture" / "农业生产收入" / "farm income",
        Property = "property" / "财产净收入(租金、利息等)" / "net property income (rent, interest and the like)",
        Pension = "pension" / "养老金、退休金" / "pensions",
        Support = "support" / "赡养费、抚养费、扶养费" / "support paid by relatives",
        Transfer = "transfer" / "其他转移性收入" / "other transfer income",
        Other = "other" / "其他收入" / "other income",
        SpecialCare = "special_care" / "优待抚恤金" / "special care and survivor payments (veterans' families)",
        Award = "award" / "奖励、奖学金" / "awards and scholarships",
    }
);
vocabulary!(
    DisabilityCategory {
        Physical = "physical" / "肢体残疾" / "physical disability",
        Visual = "visual" / "视力残疾" / "visual disability",
        Hearing = "hearing" / "听力残疾" / "hearing disability",
        Speech = "speech" / "言语残疾" / "speech disability",
        Intellectual = "intellectual" / "智力残疾" / "intellectual disability",
        Mental = "mental" / "精神残疾" / "mental disability",
        Multiple = "multiple" / "多重残疾" / "multiple disabilities",
    }
);
vocabulary!(
    /// Used for both 生活自理能力 and 劳动能力.
    Level { Full = "full" / "完全具备" / "fully able", Partial = "partial" / "部分具备" / "partly able", None = "none" / "完全丧失" / "unable" }
);
vocabulary!(
    /// 法定赡养、抚养、扶养义务人.
    Supporters {
        None = "none" / "无法定义务人" / "no one is legally obliged to support them",
        Incapable = "incapable" / "有义务人但无履行能力" / "those legally obliged to support them are unable to",
        Capable = "capable" / "有义务人且有履行能力" / "someone legally obliged to support them is able to",
    }
);
vocabulary!(
    /// A parent's situation. `missing` is 宣告失踪 (court-declared); `lost_contact` is 失联: out of
    /// contact and not caring for the child for 6 months or more, which 民发〔2019〕62号 treats
    /// differently.
    ParentStatus {
        Present = "present" / "健在且能抚养" / "alive and able to care for the child",
        Deceased = "deceased" / "死亡" / "deceased",
        Missing = "missing" / "宣告失踪" / "declared missing by a court",
        Incapacitated = "incapacitated" / "重残、重病、服刑、强制隔离戒毒等" / "severely disabled, seriously ill, in prison, in compulsory drug rehabilitation or the like",
        LostContact = "lost_contact" / "失联（6个月以上未履行监护，未宣告失踪）" / "out of contact for 6 months or more (not declared missing)",
    }
);
vocabulary!(
    /// 急难 situations of 临时救助.
    Emergency {
        None = "none" / "没有突发困难" / "no sudden hardship",
        Fire = "fire" / "火灾" / "a fire",
        Accident = "accident" / "交通事故等意外" / "a traffic or other accident",
        Disaster = "disaster" / "自然灾害" / "a natural disaster",
        SeriousIllness = "serious_illness" / "家庭成员突发重病" / "a sudden serious illness of a member",
        Other = "other" / "其他突发困难" / "another sudden hardship",
    }
);
vocabulary!(
    CareSetting { Family = "family" / "分散/散居" / "living with family", Institution = "institution" / "集中/机构" / "in an institution" }
);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parents {
    pub father: ParentStatus,
    pub mother: ParentStatus,
}
