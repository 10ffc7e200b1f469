//! Reads the pack's files from their JSON form, field by field. Written by hand rather than
//! derived: the derived readers and their error machinery were about a tenth of the widget's
//! first load, and a pack has only a dozen shapes. The rules are serde's `deny_unknown_fields`
//! ones: a required field must be there, optional ones default to empty, and a key no reader
//! asked for is refused, so a misspelt field is reported instead of silently ignored.
use super::pack::{CombinationKind, CombinationRule, GuideFile, Material, Office, Procedure, ProgramFile, RegionFile, Source, Unit, ValueEntry};
use serde_json::{Map, Value};
use std::sync::Arc;

/// One table's fields, read by name.
struct Fields<'v> {
    map: &'v Map<String, Value>,
    read: Vec<&'static str>,
}

impl<'v> Fields<'v> {
    fn of(value: &'v Value) -> Result<Fields<'v>, String> {
        value.as_object().map(|map| Fields { map, read: Vec::new() }).ok_or_else(|| format!("expected a table, found {}", kind(value)))
    }

    fn get(&mut self, key: &'static str) -> Option<&'v Value> {
        self.read.push(key);
        self.map.get(key)
    }

    fn required(&mut self, key: &'static str) -> Result<&'v Value, String> {
        self.get(key).ok_or_else(|| format!("missing field `{key}`"))
    }

    fn text(&mut self, key: &'static str) -> Result<String, String> {
        let value = self.required(key)?;
        as_text(value).map_err(|e| format!("`{key}`: {e}"))
    }

    /// An optional text, empty when absent.
    fn text_or_empty(&mut self, key: &'static str) -> Result<String, String> {
        Ok(self.optional_text(key)?.unwrap_or_default())
    }

    fn optional_text(&mut self, key: &'static str) -> Result<Option<String>, String> {
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => as_text(value).map(Some).map_err(|e| format!("`{key}`: {e}")),
        }
    }

    /// A required keyword from a fixed set.
    fn keyword<T: Copy>(&mut self, key: &'static str, words: &[(&str, T)]) -> Result<T, String> {
        let text = self.text(key)?;
        words.iter().find(|(w, _)| *w == text).map(|(_, t)| *t).ok_or_else(|| {
            format!("`{key}`: unknown value `{text}`, expected one of {}", words.iter().map(|(w, _)| format!("`{w}`")).collect::<Vec<_>>().join(", "))
        })
    }

    fn flag(&mut self, key: &'static str) -> Result<bool, String> {
        match self.get(key) {
            None => Ok(false),
            Some(value) => value.as_bool().ok_or_else(|| format!("`{key}`: expected true or false, found {}", kind(value))),
        }
    }

    /// A list of `item`s; `required` or else empty when absent.
    fn list<T>(&mut self, key: &'static str, required: bool, item: impl Fn(&Value) -> Result<T, String>) -> Result<Vec<T>, String> {
        let value = match self.get(key) {
            None if !required => return Ok(Vec::new()),
            None => return Err(format!("missing field `{key}`")),
            Some(value) => value,
        };
        let items = value.as_array().ok_or_else(|| format!("`{key}`: expected a list, found {}", kind(value)))?;
        items.iter().enumerate().map(|(i, v)| item(v).map_err(|e| format!("`{key}`[{i}]: {e}"))).collect()
    }

    /// Refuses keys no reader asked for.
    fn done<T>(self, value: T) -> Result<T, String> {
        match self.map.keys().find(|k| !self.read.contains(&k.as_str())) {
            Some(unknown) => Err(format!("unknown field `{unknown}`, expected one of {}", self.read.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))),
            None => Ok(value),
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

fn as_text(value: &Value) -> Result<String, String> {
    value.as_str().map(str::to_string).ok_or_else(|| format!("expected a text, found {}", kind(value)))
}

/// `[source id, article]`.
fn pair(value: &Value) -> Result<(String, String), String> {
    match value.as_array().map(Vec::as_slice) {
        Some([a, b]) => Ok((as_text(a)?, as_text(b)?)),
        _ => Err(format!("expected [source id, article], found {}", kind(value))),
    }
}


pub(crate) fn region(value: &Value) -> Result<RegionFile, String> {
    let mut f = Fields::of(value)?;
    let region = RegionFile {
        code: f.text("code")?,
        name: f.text("name")?,
        short_name: f.text("short_name")?,
        level: f.text("level")?,
        selectable: f.flag("selectable")?,
        covers_all_counties: f.flag("covers_all_counties")?,
        covered_from: f.optional_text("covered_from")?,
        covered_to: f.optional_text("covered_to")?,
        programs_not_covered: f.list("programs_not_covered", false, as_text)?,
    };
    f.done(region)
}

/// `sources.toml`: `[[source]]` tables.
pub(crate) fn sources(value: &Value) -> Result<Vec<Source>, String> {
    let mut f = Fields::of(value)?;
    let list = f.list("source", true, source)?;
    f.done(list)
}

fn source(value: &Value) -> Result<Source, String> {
    let mut f = Fields::of(value)?;
    let shared = |text: String| -> Arc<str> { text.into() };
    let source = Source {
        id: f.text("id")?,
        title: shared(f.text("title")?),
        doc_number: shared(f.text_or_empty("doc_number")?),
        issuer: f.text("issuer")?,
        date: f.text("date")?,
        url: shared(f.text("url")?),
        retrieved: f.text("retrieved")?,
        status: f.text("status")?,
        note: f.text_or_empty("note")?,
    };
    f.done(source)
}

/// A program's file: `last_verified` and its `[[value]]` tables.
pub(crate) fn program(value: &Value) -> Result<ProgramFile, String> {
    let mut f = Fields::of(value)?;
    let file = ProgramFile { program: f.text("program")?, last_verified: f.text("last_verified")?, values: f.list("value", false, entry)? };
    f.done(file)
}

const UNITS: &[(&str, Unit)] = &[
    ("yuan_per_person_month", Unit::YuanPerPersonMonth),
    ("yuan_per_person_year", Unit::YuanPerPersonYear),
    ("yuan_per_year", Unit::YuanPerYear),
    ("yuan", Unit::Yuan),
    ("ratio", Unit::Ratio),
    ("multiple", Unit::Multiple),
    ("age_years", Unit::AgeYears),
    ("income_kinds", Unit::IncomeKinds),
    ("disability_grades", Unit::DisabilityGrades),
    ("program_ids", Unit::ProgramIds),
    ("age_bands", Unit::AgeBands),
    ("topup_rules", Unit::TopupRules),
];

fn entry(value: &Value) -> Result<ValueEntry, String> {
    let mut f = Fields::of(value)?;
    let entry = ValueEntry {
        parameter: f.text("parameter")?,
        name: f.text("name")?,
        unit: f.keyword("unit", UNITS)?,
        value: f.required("value")?.clone(),
        from: f.text("from")?,
        to: f.optional_text("to")?,
        hukou: f.optional_text("hukou")?,
        source: f.text("source")?,
        article: f.text_or_empty("article")?.into(),
        note: f.text_or_empty("note")?,
        prepared: Default::default(),
    };
    f.done(entry)
}

/// `combinations.toml`: `[[rule]]` tables.
pub(crate) fn combinations(value: &Value) -> Result<Vec<CombinationRule>, String> {
    let mut f = Fields::of(value)?;
    let list = f.list("rule", true, rule)?;
    f.done(list)
}

/// The names reports also write (`CombinationKind`'s `Serialize`; a test keeps them equal).
const KINDS: &[(&str, CombinationKind)] = &[("exclusive", CombinationKind::Exclusive), ("choose_one", CombinationKind::ChooseOne), ("top_up", CombinationKind::TopUp), ("stackable", CombinationKind::Stackable)];

fn rule(value: &Value) -> Result<CombinationRule, String> {
    let mut f = Fields::of(value)?;
    let programs = f.list("programs", true, as_text)?;
    let rule = CombinationRule {
        id: f.text("id")?,
        programs: <[String; 2]>::try_from(programs).map_err(|p| format!("`programs`: expected 2 program ids, found {}", p.len()))?,
        kind: f.keyword("kind", KINDS)?,
        detail: f.text("detail")?,
        source: f.text("source")?,
        article: f.text_or_empty("article")?,
    };
    f.done(rule)
}

/// `guide.toml`: materials, steps and offices.
pub(crate) fn guide(value: &Value) -> Result<GuideFile, String> {
    let mut f = Fields::of(value)?;
    let guide = GuideFile { material: f.list("material", false, material)?, step: f.list("step", false, procedure)?, office: f.list("office", false, office)? };
    f.done(guide)
}

fn material(value: &Value) -> Result<Material, String> {
    let mut f = Fields::of(value)?;
    let m = Material { id: f.text("id")?, name: f.text("name")?, who: f.text("who")?, programs: f.list("programs", true, as_text)?, cite: f.list("cite", true, pair)? };
    f.done(m)
}

fn procedure(value: &Value) -> Result<Procedure, String> {
    let mut f = Fields::of(value)?;
    let p = Procedure { programs: f.list("programs", true, as_text)?, steps: f.list("steps", true, as_text)?, cite: f.list("cite", true, pair)? };
    f.done(p)
}

fn office(value: &Value) -> Result<Office, String> {
    let mut f = Fields::of(value)?;
    let o = Office { text: f.text("text")?, cite: f.list("cite", true, pair)? };
    f.done(o)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_value_entry_reads_with_defaults_and_refuses_unknown_or_mistyped_fields() {
        let ok = json!({ "program": "p", "last_verified": "2025-01-01", "value": [ { "parameter": "standard", "name": "低保标准", "unit": "yuan_per_person_month", "value": "740", "from": "2025-01-01", "source": "s" } ] });
        let file = super::program(&ok).unwrap();
        let e = &file.values[0];
        assert_eq!((e.parameter.as_str(), e.unit, e.to.as_deref(), &*e.article, e.note.as_str()), ("standard", super::Unit::YuanPerPersonMonth, None, "", ""));
        let mut misspelt = ok.clone();
        misspelt["value"][0]["artcle"] = json!("第九条");
        assert!(super::program(&misspelt).unwrap_err().contains("unknown field `artcle`"));
        let mut unit = ok.clone();
        unit["value"][0]["unit"] = json!("yuan_a_week");
        assert!(super::program(&unit).unwrap_err().contains("unknown value `yuan_a_week`"));
        let mut missing = ok.clone();
        missing["value"][0].as_object_mut().unwrap().remove("from");
        assert!(super::program(&missing).unwrap_err().contains("missing field `from`"));
        let mut number = ok;
        number["last_verified"] = json!(2025);
        assert!(super::program(&number).unwrap_err().contains("`last_verified`: expected a text, found a number"));
    }

    #[test]
    fn a_combination_kind_is_read_by_the_name_reports_write() {
        for (name, kind) in super::KINDS {
            assert_eq!(serde_json::to_value(kind).unwrap(), json!(name));
        }
    }

    #[test]
    fn rules_and_guide_items_read_their_pairs_and_refuse_a_wrong_shape() {
        let rule = json!({ "rule": [ { "id": "r", "programs": ["a", "b"], "kind": "top_up", "detail": "d", "source": "s" } ] });
        assert_eq!(super::combinations(&rule).unwrap()[0].kind, super::CombinationKind::TopUp);
        let three = json!({ "rule": [ { "id": "r", "programs": ["a", "b", "c"], "kind": "top_up", "detail": "d", "source": "s" } ] });
        assert!(super::combinations(&three).unwrap_err().contains("expected 2 program ids, found 3"));
        let guide = json!({ "office": [ { "text": "乡镇（街道）", "cite": [["s", "第九条"]] } ] });
        assert_eq!(super::guide(&guide).unwrap().office[0].cite, [("s".to_string(), "第九条".to_string())]);
        let bad = json!({ "office": [ { "text": "t", "cite": ["s"] } ] });
        assert!(super::guide(&bad).unwrap_err().contains("expected [source id, article]"));
        assert!(super::region(&json!({ "code": "430602" })).unwrap_err().contains("missing field `name`"));
    }
}
