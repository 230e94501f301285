//! Complexity classes `n^a · log^b n`, plus `2^n`, and how kata.toml writes
//! them.
//!
//! Parsing rule for targets (documented in docs/kata-format.md): the text
//! inside `O(…)` is a sum of terms; each term is a product of factors (`n`,
//! `n^2`, `log n`, `log^2 n`, `2^n`, constants, or any other variable). Every
//! variable stands for the input size `n`, except that when some term
//! mentions `n` itself, terms in other variables only (an output size `k`, a
//! second input `m`) are dropped. The class is the dominant remaining term:
//! `O(n + m)` → O(n), `O(V + E)` → O(n), `O(log n + k)` → O(log n),
//! `O(k)` → O(n), `O(b)` → O(n).

use std::cmp::Ordering;
use std::fmt;

/// `n^poly · log^log n`, or exponential (`2^n`, which dominates every
/// polynomial).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Class {
    pub exp: bool,
    pub poly: u8,
    pub log: u8,
}

impl Ord for Class {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.exp, self.poly, self.log).cmp(&(other.exp, other.poly, other.log))
    }
}

impl PartialOrd for Class {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Class {
    pub const ONE: Class = Class::new(0, 0);
    pub const LOG: Class = Class::new(0, 1);
    pub const N: Class = Class::new(1, 0);
    pub const N_LOG: Class = Class::new(1, 1);
    pub const N2: Class = Class::new(2, 0);
    pub const N3: Class = Class::new(3, 0);
    pub const EXP: Class = Class {
        exp: true,
        poly: 0,
        log: 0,
    };

    pub const fn new(poly: u8, log: u8) -> Class {
        Class {
            exp: false,
            poly,
            log,
        }
    }

    /// The cost of doing `self` work `other` times.
    pub fn times(self, other: Class) -> Class {
        if self.exp || other.exp {
            return Class::EXP;
        }
        Class::new(
            self.poly.saturating_add(other.poly).min(9),
            self.log.saturating_add(other.log).min(9),
        )
    }

    pub fn is_one(self) -> bool {
        self == Class::ONE
    }

    /// The exponent of `n` a log–log fit should find (log factors add a
    /// little slope but not a whole unit); infinite for `2^n`.
    pub fn exponent(self) -> f64 {
        if self.exp {
            f64::INFINITY
        } else {
            self.poly as f64
        }
    }

    /// `n`, `n log n`, `log^2 n`, `2^n` (without the `O( )`).
    pub fn term(self) -> String {
        if self.exp {
            return "2^n".into();
        }
        let mut parts = Vec::new();
        match self.poly {
            0 => {}
            1 => parts.push("n".to_string()),
            p => parts.push(format!("n^{p}")),
        }
        match self.log {
            0 => {}
            1 => parts.push("log n".to_string()),
            l => parts.push(format!("log^{l} n")),
        }
        if parts.is_empty() {
            "1".into()
        } else {
            parts.join(" ")
        }
    }

    /// Parses a kata.toml complexity such as `O(n log n)` (rule above).
    pub fn parse(text: &str) -> Result<Class, String> {
        let mut trimmed = text.trim();
        // `O(1) amortised`: words after the class are qualifiers.
        if let Some(end) = trimmed.rfind(')') {
            trimmed = &trimmed[..=end];
        }
        let inner = trimmed
            .strip_prefix("O(")
            .or_else(|| trimmed.strip_prefix("o("))
            .and_then(|s| s.strip_suffix(')'))
            .ok_or_else(|| format!("`{text}` is not written as O(…)"))?;
        let mut inner = inner
            .replace("log(n)", "log n")
            .replace("lg ", "log ")
            .replace(['·', '*', '×'], " ")
            .replace('²', "^2")
            .replace('³', "^3");
        // Qualifiers such as `O(1) amortised` or `O(n) expected` are
        // accepted and ignored.
        for word in [
            "amortised",
            "amortized",
            "expected",
            "average",
            "worst",
            "case",
        ] {
            inner = inner.replace(word, " ");
        }
        let mut terms = Vec::new();
        for term in inner.split('+') {
            let (class, vars) = parse_term(term).map_err(|e| format!("`{text}`: {e}"))?;
            terms.push((class, vars));
        }
        let any_n = terms.iter().any(|(_, vars)| vars.iter().any(|v| v == "n"));
        terms
            .into_iter()
            .filter(|(_, vars)| !any_n || vars.is_empty() || vars.iter().any(|v| v == "n"))
            .map(|(c, _)| c)
            .max()
            .ok_or_else(|| format!("`{text}` has no term"))
    }
}

fn parse_term(term: &str) -> Result<(Class, Vec<String>), String> {
    let mut class = Class::ONE;
    let mut vars = Vec::new();
    let tokens: Vec<&str> = term.split_whitespace().collect();
    if tokens.is_empty() {
        return Err("empty term".into());
    }
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        i += 1;
        if let Some(rest) = tok.strip_prefix("log") {
            // `log n`, `log^2 n`, `logn`
            let power: u8 = match rest.strip_prefix('^') {
                Some(p) => p.parse().map_err(|_| format!("bad power in `{tok}`"))?,
                None if rest.is_empty() => 1,
                None => {
                    vars.push(rest.to_string());
                    class = class.times(Class::LOG);
                    continue;
                }
            };
            let var = tokens.get(i).ok_or("`log` without a variable")?;
            i += 1;
            vars.push(var.to_string());
            class = class.times(Class::new(0, power));
            continue;
        }
        if tok.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((_, var)) = tok.split_once('^') {
                // 2^n
                vars.push(var.to_string());
                class = Class::EXP;
            } else if tok.parse::<f64>().is_err() {
                return Err(format!("cannot read `{tok}`"));
            }
            continue;
        }
        let (var, power) = match tok.split_once('^') {
            Some((v, p)) => (
                v,
                p.parse::<u8>()
                    .map_err(|_| format!("bad power in `{tok}`"))?,
            ),
            None => (tok, 1),
        };
        let var = var.trim_start_matches("sqrt(").trim_end_matches(')');
        if var.is_empty() || !var.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(format!("cannot read `{tok}`"));
        }
        vars.push(var.to_string());
        class = class.times(Class::new(power, 0));
    }
    Ok((class, vars))
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "O({})", self.term())
    }
}

impl std::str::FromStr for Class {
    type Err = String;
    fn from_str(s: &str) -> Result<Class, String> {
        Class::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn parses_kata_toml_classes() {
        let cases = [
            "O(1)",
            "O(log n)",
            "O(n)",
            "O(n log n)",
            "O(n^2)",
            "O(n²)",
            "O(n + m)",
            "O(V + E)",
            "O(k)",
            "O(m)",
            "O(log n + k)",
            "O(b)",
            "O(max_attempts)",
            "O(2^n)",
            "O(n * m)",
            "O(log^2 n)",
            "O(n^2 log n)",
            "O(d)",
            "O(1) amortised",
            "O(n) expected",
            "n",
            "O(n log)",
        ];
        let out: Vec<String> = cases
            .iter()
            .map(|c| match Class::parse(c) {
                Ok(class) => format!("{c} => {class}"),
                Err(e) => format!("{c} => error: {e}"),
            })
            .collect();
        expect![[r#"
            O(1) => O(1)
            O(log n) => O(log n)
            O(n) => O(n)
            O(n log n) => O(n log n)
            O(n^2) => O(n^2)
            O(n²) => O(n^2)
            O(n + m) => O(n)
            O(V + E) => O(n)
            O(k) => O(n)
            O(m) => O(n)
            O(log n + k) => O(log n)
            O(b) => O(n)
            O(max_attempts) => O(n)
            O(2^n) => O(2^n)
            O(n * m) => O(n^2)
            O(log^2 n) => O(log^2 n)
            O(n^2 log n) => O(n^2 log n)
            O(d) => O(n)
            O(1) amortised => O(1)
            O(n) expected => O(n)
            n => error: `n` is not written as O(…)
            O(n log) => error: `O(n log)`: `log` without a variable"#]]
        .assert_eq(&out.join("\n"));
    }

    #[test]
    fn orders_and_multiplies() {
        assert!(Class::EXP > Class::N3);
        assert!(Class::N_LOG > Class::N);
        assert!(Class::N > Class::new(0, 5));
        assert_eq!(Class::N.times(Class::N_LOG), Class::new(2, 1));
        assert_eq!(Class::LOG.times(Class::EXP), Class::EXP);
    }
}
