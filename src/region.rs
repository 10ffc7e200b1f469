//! 6-digit administrative-division codes (GB/T 2260) and the chain a lookup walks:
//! county → city → province → national (`000000`, where national rules are filed).
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode(String);

pub const NATIONAL: &str = "000000";

impl RegionCode {
    pub fn parse(text: &str) -> Option<RegionCode> {
        (text.len() == 6 && text.bytes().all(|b| b.is_ascii_digit())).then(|| RegionCode(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Itself, then each enclosing level, ending with the national level; levels that are
    /// the same code (a city's own code) appear once.
    pub fn chain(&self) -> Vec<RegionCode> {
        let c = &self.0;
        let mut chain: Vec<RegionCode> = Vec::with_capacity(4);
        for code in [c.clone(), format!("{}00", &c[..4]), format!("{}0000", &c[..2]), NATIONAL.to_string()] {
            if chain.last().map(|last| last.0 != code).unwrap_or(true) {
                chain.push(RegionCode(code));
            }
        }
        chain
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn county_chain_reaches_national() {
        let chain: Vec<String> = RegionCode::parse("430602").unwrap().chain().iter().map(|c| c.to_string()).collect();
        assert_eq!(chain, ["430602", "430600", "430000", "000000"]);
        let city: Vec<String> = RegionCode::parse("430600").unwrap().chain().iter().map(|c| c.to_string()).collect();
        assert_eq!(city, ["430600", "430000", "000000"]);
    }

    #[test]
    fn only_six_ascii_digits_are_codes() {
        for bad in ["43060", "4306021", "43o602", "４３０６０２", ""] {
            assert!(RegionCode::parse(bad).is_none(), "{bad}");
        }
    }
}
