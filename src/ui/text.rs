//! The widget's catalog: every word the components show, 简体 beside English, so a missing
//! translation is a compile error and a reviewer reads both at once. 繁體 is the 简体 column
//! converted once (OpenCC tables, `crate::i18n::hant`). `{}` marks where a value goes.
use crate::i18n::{hant, Lang};
use std::borrow::Cow;
use std::sync::OnceLock;

macro_rules! catalog {
    ($($key:ident: $zh:literal, $en:literal;)+) => {
        pub struct Text {
            pub lang: Lang,
            $(pub $key: &'static str,)+
        }
        static ZH: Text = Text { lang: Lang::ZhHans, $($key: $zh,)+ };
        static EN: Text = Text { lang: Lang::En, $($key: $en,)+ };
        /// Built once, the first time 繁體 is chosen; the strings live as long as the page.
        /// One small call per text, not the conversion inlined for each (about 2 KB gzip less).
        fn hant_catalog() -> Text {
            let mut t = Text { lang: Lang::ZhHant, ..ZH };
            $(to_hant(&mut t.$key);)+
            t
        }
    };
}

#[inline(never)]
fn to_hant(text: &mut &'static str) {
    *text = Box::leak(hant::convert(text).into_boxed_str());
}

catalog! {
    // The page
    title: "社会救助政策测算", "Social assistance calculator";
    intro: "填写家庭情况，看看可能符合哪些救助、每月大约多少、依据是什么。", "Describe your household to see which assistance it may qualify for, roughly how much a month, and on what basis.";
    privacy_line: "所有信息只在您的手机或电脑上计算，不会上传。", "Everything is calculated on your phone or computer. Nothing is uploaded.";
    elder_on: "长辈版（大字）", "Large text (elder mode)";
    elder_off: "切换到标准版", "Standard text size";
    language: "语言", "Language";
    hant_unavailable: "繁体字表未能下载，请联网后再选“繁體”。", "The 繁體 character table could not be downloaded; connect to the internet and choose 繁體 again.";
    pack_failed: "{}。测算使用本工具内置的政策数据。", "{}. The calculator uses its built-in policy data instead.";
    pack_bad_address: "数据包地址无效：{}", "The data pack address is not valid: {}";
    pack_other_site: "数据包须与本页同源，已拒绝：{}", "The data pack must come from this page's own site; refused: {}";
    pack_download: "数据包下载失败：{}", "The data pack could not be downloaded: {}";
    pack_http: "数据包下载失败（HTTP {}）：{}", "The data pack could not be downloaded (HTTP {}): {}";
    pack_not_json: "数据包不是有效的 JSON：{}", "The data pack is not valid JSON: {}";
    pack_problems: "数据包有 {} 处问题（{}）", "The data pack has {} problems ({})";
    list_separator: "、", ", ";
    footer: "测算结果仅供参考，实际以乡镇（街道）受理、县级民政部门审核确认为准。", "This is an estimate only. The township (street) office takes applications; the county civil-affairs bureau decides.";
    // The form
    form_label: "家庭情况", "Household";
    region_section: "户籍所在地区与测算日期", "Place of household registration, and date";
    date_label: "测算日期", "Date of assessment";
    hukou_label: "户籍类型", "Registration type (hukou)";
    assets_label: "家庭存款、现金、理财等金融资产合计", "Savings, cash and investments: household total";
    optional: "可不填", "optional";
    yuan: "元", "yuan";
    yuan_per_month: "元/月", "yuan/month";
    emergency_label: "近期是否遇到突发困难", "Any sudden hardship recently?";
    expenses_medical: "近12个月医疗自付支出", "Medical costs you paid, last 12 months";
    expenses_education: "近12个月教育必需支出", "Essential education costs, last 12 months";
    members_heading: "家庭成员（{} 人）", "Household members ({})";
    members_hint: "填写共同生活的家庭成员：配偶、未成年子女、共同居住的父母等。", "List the people who live together and share income: spouse, children under 18, parents living with you, and so on.";
    add_member: "＋ 添加家庭成员", "+ Add a household member";
    link_unreadable: "分享链接中的家庭信息无法读取，已打开空白表单。", "The household in the shared link could not be read; an empty form is open.";
    please_answer: "请回答此项：有的救助项目需要它才能判断", "Please answer: some programs need this to decide";
    choose: "请选择", "Choose";
    yes: "是", "Yes";
    no: "否", "No";
    // A member
    applicant: "申请人本人", "Applicant (yourself)";
    member_n: "家庭成员 {}", "Household member {}";
    relation_label: "与申请人的关系", "Relation to the applicant";
    birth_label: "出生日期", "Date of birth";
    income_label: "每月收入", "Monthly income";
    income_none: "无收入", "No income";
    income_some: "有收入（逐项填写）", "Has income (enter each kind)";
    add_income: "＋ 再加一项收入", "+ Add another income";
    income_kind_n: "收入 {} 类型", "Income {}: kind";
    income_amount: "每月金额", "Amount a month";
    income_placeholder: "如 1200", "e.g. 1200";
    remove_income_n: "删除收入 {}", "Remove income {}";
    remove: "删除", "Remove";
    remove_member: "删除这位成员", "Remove this member";
    disability_label: "残疾人证类别", "Disability certificate: category";
    no_certificate: "无残疾人证", "No disability certificate";
    grade_label: "残疾等级", "Disability grade";
    grade_n: "{} 级", "Grade {}";
    self_care_label: "生活自理能力", "Can look after themselves";
    self_care_full: "能自理（全自理）", "Fully";
    self_care_partial: "部分不能自理（半失能）", "Partly";
    self_care_none: "完全不能自理（全失能）", "Not at all";
    labor_label: "劳动能力", "Ability to work";
    labor_full: "有劳动能力", "Able to work";
    labor_partial: "部分丧失劳动能力", "Partly unable to work";
    labor_none: "无劳动能力", "Unable to work";
    supporters_label: "法定赡养、抚养、扶养人", "Legal supporters (grown children, spouse, parents)";
    father_label: "父亲情况", "Father";
    mother_label: "母亲情况", "Mother";
    care_setting_label: "养育方式", "Who raises the child";
    care_family: "由亲属等在家养育（散居）", "Relatives, at home";
    care_institution: "在福利机构集中养育", "A welfare institution";
    work_injury_label: "是否领取工伤保险生活护理费", "Receives a work-injury care allowance?";
    illness_label: "是否患有重病（大病）", "Has a serious illness?";
    medical_label: "近12个月看病自付费用（医保报销后）", "Medical costs paid yourself in the last 12 months (after insurance)";
    // The region picker
    region_group: "所在地区", "Region";
    province_label: "省（自治区、直辖市）", "Province";
    city_label: "市（地区、州）", "City or prefecture";
    county_label: "县（区、市）", "County or district";
    covered_mark: "{}（已收录）", "{} (covered)";
    region_hint: "标有“已收录”的地区可以测算；其他地区请咨询当地民政部门或拨打 12345 政务服务热线", "Regions marked “covered” can be estimated; elsewhere, ask the local civil-affairs bureau or call the 12345 hotline";
    // Results
    fix_first: "请先修改以下内容", "Please correct the following";
    fill_to_see: "填写后即可看到结果", "Fill in the form to see results";
    still_to_fill: "还需填写：", "Still to fill in:";
    problem_line: "{}：{}", "{}: {}";
    after_bold_name: "：{}", ": {}";
    results_heading: "测算结果：可能符合 {} 项", "Results: {} programs may apply";
    total_about: "按月发放的合计每月约 {} 元", "Monthly payments in total: about {} yuan a month";
    total_at_least: "按月发放的合计每月不低于 {} 元", "Monthly payments in total: at least {} yuan a month";
    total_excludes: "另有 {} 项金额待核实，未计入", "{} more with amounts still to confirm are not included";
    meta: "{} · 测算日期 {} · 仅供参考，以当地民政部门审核为准", "{} · assessed for {} · an estimate; the local civil-affairs bureau decides";
    combinations_summary: "哪些可以同时享受（{} 条规则）", "Which can be received together ({} rules)";
    exclusive: "不能同时享受", "Not both";
    choose_one: "二选一", "One or the other";
    top_up: "补差", "Topped up to the higher";
    stackable: "可以叠加", "Both";
    uncovered_summary: "另有 {} 项暂无法测算（标准待核实）", "{} more cannot be estimated yet (local standard not yet verified)";
    basis: "依据：", "Source: ";
    // A program card
    eligible: "可能符合", "May qualify";
    ineligible: "可能不符合", "May not qualify";
    needs_more_info: "需补充信息", "More answers needed";
    not_covered: "标准待核实", "Standard not yet verified";
    amount_about: "每月约 {} 元", "About {} yuan a month";
    amount_at_least: "每月不低于 {} 元", "At least {} yuan a month";
    member_amount_unknown: "金额待补充信息或待核实", "amount waits for answers or a verified standard";
    show_basis: "查看依据（{} 项）", "Show why ({})";
    standards_used: "所用标准", "Standards used";
    check_pass: "符合", "met";
    check_fail: "不符合", "not met";
    check_unknown: "待核实或待补充", "to confirm or to answer";
    standard_line: "{} · 执行日期 {} · {} · ", "{} · in force from {} · {} · ";
    verified_on: " · 核实日期 {}", " · last verified {}";
    status_official: "（政府网站原文）", " (government website)";
    status_mirror: "（政府文件镜像）", " (copy of a government document)";
    status_news: "（新闻报道）", " (news report)";
    status_secondary: "（转载页面，请以官方公布为准）", " (reposted page; the official text prevails)";
    stale: "可能已调整，请以当地公布为准", "May have changed since; the locally published figure prevails";
    // 办事指南
    guide_title: "办事指南", "How to apply";
    print_header: "{} · 测算日期 {} · 政策数据 {} · 本单为测算参考，是否符合条件和金额以政府审核确认为准。", "{} · assessed for {} · policy data {} · This sheet is an estimate; the government decides eligibility and amounts.";
    materials_heading: "申请材料（一次性告知：以下各项带齐即可，每项只需一份）", "What to bring (everything, in one go: one copy of each)";
    used_for: "用于：{}", "For: {}";
    steps_heading: "办理流程", "Steps";
    offices_heading: "办理地点与咨询", "Where to apply and ask";
    print: "打印 / 保存为 PDF", "Print / save as PDF";
    official_names_note: "材料、文件和机构名称按官方中文列出，便于在窗口出示。", "Materials, documents and offices are listed by their official Chinese names, to show at the counter.";
    // The what-if chart
    what_if_title: "收入变化时会怎样", "What if the income changes";
    chart_show: "显示收入变化图", "Show the income chart";
    chart_hide: "收起收入变化图", "Hide the income chart";
    chart_fill_first: "先填好家庭情况，才能画出收入变化图。", "Fill in the household first to draw the chart.";
    chart_axis: "家庭月收入 {} 元", "Household income {} yuan/month";
    chart_max: "最高 {} 元/月", "Up to {} yuan/month";
    chart_now: "当前", "Now";
    chart_caption: "按目前填写的家庭，把家庭月收入从 0 变到 {} 元时各项目每月金额的变化（收入都按申请人的工资计算，仅供参考）。当前家庭月收入 {} 元。", "Each program’s monthly amount for this household as its monthly income goes from 0 to {} yuan (counted as the applicant’s wage; an estimate). Current household income: {} yuan a month.";
    chart_stops: "{}：家庭月收入达到 {} 元时停止", "{}: stops when household income reaches {} yuan a month";
    chart_no_stop: "{}：在图中范围内不因收入停止", "{}: does not stop within the chart’s range";
    // 保存与分享
    privacy_title: "保存与分享", "Save and share";
    draft_unreadable: "之前保存的填写内容无法读取（可能来自旧版本或已损坏），已单独存放，没有覆盖。", "Answers saved earlier could not be read (an older version, or damaged). They were set aside, not overwritten.";
    delete_unreadable: "删除这份无法读取的内容", "Delete the unreadable answers";
    consent: "在这台设备上保存我的填写（只存在本机浏览器里，不上传）", "Keep my answers on this device (in this browser only, never uploaded)";
    clear: "清除我的数据", "Clear my data";
    share: "生成分享链接（给社工或家人）", "Make a share link (for a caseworker or family)";
    share_link: "分享链接", "Share link";
    share_hint: "链接里含有您填写的家庭情况，请只发给信任的人。这些信息在链接“#”之后，打开链接时不会发送给任何服务器。", "The link contains your household’s answers: send it only to people you trust. They sit after the “#”, which is never sent to any server.";
    share_qr: "分享链接的二维码", "QR code of the share link";
}

/// A path's words for the list of problems: members[1].birthDate → 第2位成员的出生日期.
const FIELD_WORDS: &[(&str, &str, &str)] = &[
    ("birthDate", "出生日期", "date of birth"), ("incomes", "收入", "income"), ("monthly", "金额", "amount"),
    ("kind", "收入类型", "kind of income"), ("relation", "与申请人关系", "relation to the applicant"),
    ("selfCare", "生活自理能力", "self-care"), ("laborCapacity", "劳动能力", "ability to work"),
    ("supporters", "法定赡养抚养扶养人", "legal supporters"), ("disability", "残疾情况", "disability"),
    ("grade", "残疾等级", "grade"), ("category", "残疾类别", "category"), ("assets", "家庭资产", "assets"),
    ("financial", "金融资产", "financial assets"), ("date", "测算日期", "date of assessment"), ("region", "地区", "region"),
    ("hukou", "户籍类型", "registration type"), ("members", "家庭成员", "household members"), ("id", "成员编号", "member id"),
    ("parents", "父母情况", "parents"), ("father", "父亲", "father"), ("mother", "母亲", "mother"),
    ("careSetting", "养育方式", "who raises the child"), ("workInjuryCare", "工伤保险生活护理费", "work-injury care allowance"),
    ("seriousIllness", "重病", "serious illness"), ("medicalOutOfPocket", "看病自付费用", "medical costs paid"),
    ("emergency", "突发困难", "sudden hardship"), ("expenses", "必需支出", "essential costs"),
    ("medical", "医疗", "medical"), ("education", "教育", "education"),
];

/// Catalogs are equal when they are the same language (components compare props).
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.lang == other.lang
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Text({})", self.lang.tag())
    }
}

impl Text {
    pub fn of(lang: Lang) -> &'static Text {
        static HANT: OnceLock<Text> = OnceLock::new();
        match lang {
            Lang::ZhHans => &ZH,
            Lang::En => &EN,
            Lang::ZhHant => HANT.get_or_init(hant_catalog),
        }
    }

    /// A 简体 text from elsewhere (region names, vocabulary labels) in this language's script.
    pub fn script<'a>(&self, zh: &'a str) -> Cow<'a, str> {
        match self.lang {
            Lang::ZhHant => Cow::Owned(hant::convert(zh)),
            _ => Cow::Borrowed(zh),
        }
    }

    /// One of two wordings: `zh` (converted for 繁體) or `en`.
    pub fn pick<'a>(&self, zh: &'a str, en: &'a str) -> Cow<'a, str> {
        match self.lang {
            Lang::En => Cow::Borrowed(en),
            _ => self.script(zh),
        }
    }

    /// Why the host's data pack was not used.
    pub fn pack_failure(&self, failure: &super::PackFailure) -> String {
        use super::PackFailure::*;
        match failure {
            BadAddress(url) => fill(self.pack_bad_address, &[url]),
            OtherSite(url) => fill(self.pack_other_site, &[url]),
            Download(url) => fill(self.pack_download, &[url]),
            Http(status, url) => fill(self.pack_http, &[status, url]),
            NotJson(error) => fill(self.pack_not_json, &[error]),
            Problems(count, first) => fill(self.pack_problems, &[count, &first.join(self.list_separator)]),
        }
    }

    /// A JSON path in words a resident understands.
    pub fn field_name(&self, path: &str) -> String {
        let english = self.lang.is_english();
        let mut parts: Vec<String> = Vec::new();
        for part in path.split('.') {
            let (name, index) = match part.split_once('[') {
                Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            let word = FIELD_WORDS.iter().find(|(k, ..)| *k == name).map_or(name, |(_, zh, en)| if english { en } else { zh });
            parts.push(match (name, index, english) {
                ("members", Some(i), false) => format!("第{}位成员", i + 1),
                ("members", Some(i), true) => format!("member {}", i + 1),
                ("incomes", Some(i), false) => format!("第{}项收入", i + 1),
                ("incomes", Some(i), true) => format!("income {}", i + 1),
                _ => word.to_string(),
            });
        }
        let joined = if english { parts.join(", ") } else { parts.join("的") };
        self.script(&joined).into_owned()
    }
}

/// Puts values into a catalog text's `{}` marks, in order.
pub fn fill(template: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut pieces = template.split("{}");
    out.push_str(pieces.next().unwrap_or_default());
    for (i, piece) in pieces.enumerate() {
        if let Some(v) = values.get(i) {
            out.push_str(&v.to_string());
        }
        out.push_str(piece);
    }
    out
}

/// A program's name in the catalog's language (the engine keeps the names).
pub fn program_name(t: &Text, id: &str) -> String {
    t.pick(crate::programs::name_zh(id), crate::programs::name_en(id)).into_owned()
}
