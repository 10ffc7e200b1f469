//! Money in 元 as an exact decimal, never binary floating point: a standard like 11544 元/年 must divide into
//! 962.00 元/月 exactly, and a threshold compared at 740.00 must not be 739.999….
use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;
use std::ops::{Add, Mul, Sub};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Yuan(pub Decimal);

impl Yuan {
    pub const ZERO: Yuan = Yuan(Decimal::ZERO);

    /// The largest amount an input may give: 一万亿元 (10^12). Far above any real income or
    /// asset, and far enough below `Decimal`'s limit (about 7.9 × 10^28) that sums over a
    /// household and multiples of a standard cannot overflow, which would panic.
    pub const INPUT_LIMIT: Yuan = Yuan(Decimal::from_parts(3_567_587_328, 232, 0, false, 0));

    /// Parses a decimal string such as `"740"` or `"812.50"`; no exponents, no separators.
    pub fn parse(text: &str) -> Option<Yuan> {
        let text = text.trim();
        let plain = !text.is_empty()
            && text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            && text.matches('.').count() <= 1;
        if !plain {
            return None;
        }
        Decimal::from_str(text).ok().map(Yuan)
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// 四舍五入 to fen: the contract shows money with two decimals. `round_dp` alone is
    /// banker's rounding, which no policy text uses.
    pub fn to_fen(self) -> Yuan {
        Yuan(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// A yearly standard as a monthly one (元/年 ÷ 12), exact.
    pub fn per_month_from_yearly(self) -> Yuan {
        Yuan(self.0 / Decimal::from(12))
    }

    pub fn times(self, factor: Decimal) -> Yuan {
        Yuan(self.0 * factor)
    }

    pub fn divided_by(self, count: usize) -> Yuan {
        Yuan(self.0 / Decimal::from(count as u64))
    }

    pub fn abs(self) -> Yuan {
        Yuan(self.0.abs())
    }
}

/// Always two decimals, rounded half away from zero: "812.50".
impl fmt::Display for Yuan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut fen = self.to_fen().0;
        fen.rescale(2);
        write!(f, "{fen}")
    }
}

/// As the contract writes money: a two-decimal string.
impl serde::Serialize for Yuan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl Add for Yuan {
    type Output = Yuan;
    fn add(self, other: Yuan) -> Yuan {
        Yuan(self.0 + other.0)
    }
}

impl Sub for Yuan {
    type Output = Yuan;
    fn sub(self, other: Yuan) -> Yuan {
        Yuan(self.0 - other.0)
    }
}

impl Mul<usize> for Yuan {
    type Output = Yuan;
    fn mul(self, count: usize) -> Yuan {
        Yuan(self.0 * Decimal::from(count as u64))
    }
}

impl std::iter::Sum for Yuan {
    fn sum<I: Iterator<Item = Yuan>>(iter: I) -> Yuan {
        iter.fold(Yuan::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_decimals_only() {
        assert_eq!(Yuan::parse("812.50").unwrap().to_string(), "812.50");
        assert_eq!(Yuan::parse(" 740 ").unwrap().to_string(), "740.00");
        for bad in ["", "abc", "1e3", "1,000", "1.2.3", "NaN", "¥5"] {
            assert!(Yuan::parse(bad).is_none(), "{bad} should be refused");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_not_bankers() {
        assert_eq!(Yuan::parse("0.125").unwrap().to_string(), "0.13");
        assert_eq!(Yuan::parse("0.135").unwrap().to_string(), "0.14");
        assert_eq!(Yuan::parse("0.124").unwrap().to_string(), "0.12");
    }

    #[test]
    fn yearly_standard_divides_exactly() {
        assert_eq!(Yuan::parse("11544").unwrap().per_month_from_yearly(), Yuan::parse("962").unwrap());
        assert_eq!(Yuan::parse("7566").unwrap().per_month_from_yearly().to_string(), "630.50");
    }

    #[test]
    fn input_limit_is_one_trillion() {
        assert_eq!(Yuan::INPUT_LIMIT, Yuan::parse("1000000000000").unwrap());
    }

    #[test]
    fn negative_detection_ignores_negative_zero() {
        assert!(Yuan::parse("-0.01").unwrap().is_negative());
        assert!(!Yuan::parse("-0").unwrap().is_negative());
    }
}
